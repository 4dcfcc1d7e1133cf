import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_LENGTH, mentionTextFor, normalizeCommand } from '../../src/bot/normalize.js';

describe('normalizeCommand', () => {
  it.each([
    ['paging show Lobby', 'paging show Lobby'],
    ['  paging   show\n Lobby  ', 'paging show Lobby'],
    ['who gets paged by Lobby?', 'who gets paged by Lobby'],
    ['who can page Warehouse ?? ', 'who can page Warehouse'],
    ['HELP!', 'HELP'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCommand(input)).toEqual({ ok: true, text: expected });
  });

  it('drops the mention at the start in group spaces, case-insensitively', () => {
    expect(normalizeCommand('Paging Bot paging list', 'Paging Bot')).toEqual({
      ok: true,
      text: 'paging list',
    });
    expect(normalizeCommand('paging bot, help', 'Paging Bot')).toEqual({ ok: true, text: 'help' });
    expect(normalizeCommand('Paging paging list', 'Paging')).toEqual({ ok: true, text: 'paging list' });
  });

  it('refuses empty input, also after the mention', () => {
    expect(normalizeCommand('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeCommand('Paging Bot ?', 'Paging Bot')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses absurdly long input', () => {
    expect(normalizeCommand('x'.repeat(10_000))).toEqual({ ok: false, reason: 'too-long' });
    expect(normalizeCommand('x'.repeat(MAX_COMMAND_LENGTH)).ok).toBe(true);
  });

  it('refuses control characters and bidi overrides', () => {
    expect(normalizeCommand('paging show \u0007Lobby')).toEqual({ ok: false, reason: 'control-chars' });
    expect(normalizeCommand('paging show \u202eybboL')).toEqual({ ok: false, reason: 'control-chars' });
  });
});

describe('mentionTextFor', () => {
  const html =
    '<p><spark-mention data-object-type="person" data-object-id="BOT">Paging &amp; Co</spark-mention> paging list</p>';
  it('finds how the bot was addressed', () => {
    expect(mentionTextFor(html, 'BOT')).toBe('Paging & Co');
  });
  it('ignores other people’s mentions and missing html', () => {
    expect(mentionTextFor(html, 'SOMEONE')).toBeUndefined();
    expect(mentionTextFor(undefined, 'BOT')).toBeUndefined();
  });
});
