// .env.example and the README's table must describe the configuration the code actually reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/config.js';
import { DEMO_ADMIN_TOKEN, DEMO_BOT_TOKEN } from '../../src/emulator/index.js';

const root = new URL('../../', import.meta.url);
const example = readFileSync(new URL('.env.example', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');
const assignments = Object.fromEntries(
  [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
);

describe('.env.example', () => {
  it('lists exactly the variables the config reads', () => {
    expect(Object.keys(assignments).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('is a valid sandbox configuration as it stands', () => {
    expect(loadConfig(assignments).mode).toBe('sandbox');
  });

  it('shows the emulator’s real demo tokens', () => {
    expect(assignments.EMULATOR_BOT_TOKEN).toBe(DEMO_BOT_TOKEN);
    expect(assignments.EMULATOR_ADMIN_TOKEN).toBe(DEMO_ADMIN_TOKEN);
  });
});

describe('README configuration table', () => {
  it.each(CONFIG_VARIABLES)('documents %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });
});
