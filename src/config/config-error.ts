/** Every configuration problem at once, so a deployer fixes them in one pass. Never holds secret values. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(formatConfigError(problems));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function formatConfigError(problems: readonly string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Invalid configuration (${count}):`,
    ...problems.map((p) => `  - ${p}`),
    'See .env.example for every variable, its default and an example.',
  ].join('\n');
}
