import { describe, expect, it } from 'vitest';
import { buildCommands } from '../../src/bot/commands.js';
import { CommandRegistry } from '../../src/bot/registry.js';

describe('command grammar', () => {
  const registry = buildCommands();
  const route = (line: string) => {
    const match = registry.match(line);
    return match ? { command: match.command.name, ...match.args } : undefined;
  };

  it.each([
    ['help', { command: 'help' }],
    ['HELP', { command: 'help' }],
    ['paging', { command: 'help' }],
    ['paging list', { command: 'paging list', location: undefined }],
    ['Paging List san jose', { command: 'paging list', location: 'san jose' }],
    ['paging list in Warehouse East', { command: 'paging list', location: 'Warehouse East' }],
    ['paging show Lobby', { command: 'paging show', group: 'Lobby' }],
    ['PAGING SHOW +1 (555) 867-5309', { command: 'paging show', group: '+1 (555) 867-5309' }],
    ['who gets paged by Lobby', { command: 'who gets paged', group: 'Lobby' }],
    ['who gets paged for Front Desk', { command: 'who gets paged', group: 'Front Desk' }],
    ['who gets paged in Warehouse', { command: 'who gets paged', group: 'Warehouse' }],
    ['who gets paged when someone dials 7781', { command: 'who gets paged', group: '7781' }],
    ['who gets paged when 7781', { command: 'who gets paged', group: '7781' }],
    ['who gets paged Lobby', { command: 'who gets paged', group: 'Lobby' }],
    ['Who is paged by Security', { command: 'who gets paged', group: 'Security' }],
    ['who can page Warehouse', { command: 'who can page', group: 'Warehouse' }],
    ['who may page 7781', { command: 'who can page', group: '7781' }],
    ['paging find alice@example.com', { command: 'paging find', person: 'alice@example.com' }],
    ['paging find Alice Smith', { command: 'paging find', person: 'Alice Smith' }],
  ])('%j', (line, expected) => {
    expect(route(line)).toEqual(expected);
  });

  it.each(['paging show', 'who gets paged', 'paging delete Lobby', 'hello there', 'show Lobby'])(
    'does not understand %j',
    (line) => {
      expect(route(line)).toBeUndefined();
    },
  );

  it('documents every command with usage, description and examples that route to it', () => {
    for (const command of registry.list()) {
      expect(command.usage).not.toBe('');
      expect(command.description).not.toBe('');
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) {
        expect(registry.match(example.replace(/\?$/, ''))?.command.name).toBe(command.name);
      }
    }
  });

  it('refuses global patterns, whose lastIndex would make matching stateful', () => {
    expect(() =>
      new CommandRegistry().add({
        name: 'x',
        pattern: /x/g,
        usage: 'x',
        description: 'x',
        examples: ['x'],
        run: async () => {},
      }),
    ).toThrow(/global/);
  });
});
