import type { CommandContext } from './types.js';

export interface Command {
  name: string;
  /** Matched against the whole normalised command line; named groups become `ctx.args`. */
  pattern: RegExp;
  usage: string;
  description: string;
  examples: string[];
  run(ctx: CommandContext): Promise<void>;
}

export interface CommandMatch {
  command: Command;
  args: Record<string, string | undefined>;
}

/** The listener registry: commands in priority order; the first whose pattern matches handles the line. */
export class CommandRegistry {
  private readonly commands: Command[] = [];

  add(command: Command): this {
    if (command.pattern.global || command.pattern.sticky) {
      throw new Error(`Command ${command.name}: pattern must not be global or sticky`);
    }
    this.commands.push(command);
    return this;
  }

  match(line: string): CommandMatch | undefined {
    for (const command of this.commands) {
      const found = command.pattern.exec(line);
      if (!found) continue;
      const args: Record<string, string | undefined> = {};
      for (const [key, value] of Object.entries(found.groups ?? {})) args[key] = value?.trim() || undefined;
      return { command, args };
    }
    return undefined;
  }

  /** What the help card shows, in registration order. */
  list(): readonly Command[] {
    return this.commands;
  }
}
