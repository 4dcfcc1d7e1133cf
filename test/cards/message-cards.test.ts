import { describe, expect, it } from 'vitest';
import { errorCard, helpCard, hintCard } from '../../src/cards/index.js';
import { markdownTexts, submitActions } from './card-walk.js';
import { expectValidMessage } from './expect-card.js';

const COMMANDS = [
  { usage: 'paging show <name>', description: 'Who gets paged by a group.', examples: ['paging show Lobby'] },
  { usage: 'paging list [location]', description: 'All paging groups.', examples: [] },
  {
    usage: 'paging find <person>',
    description: 'Groups a person is in.',
    examples: ['paging find alice@example.com', 'paging find Bob', 'paging find 7781', 'paging find x'],
  },
];

describe('helpCard', () => {
  it('lists every command with its description and examples', () => {
    const message = helpCard(COMMANDS);
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts).toContain('paging show \\<name\\>');
    expect(texts).toContain('Who gets paged by a group.');
    expect(texts).toContain('e.g. paging show Lobby');
    // At most three examples; e-mail addresses are not turned into links.
    expect(texts).toContain('e.g. paging find alice\\@example\\.com, paging find Bob, paging find 7781');
    expect(submitActions(message.card)).toEqual([
      { title: 'List paging groups', data: { action: 'paging.list', page: 1 } },
    ]);
    expect(message.markdown).toContain('- paging list \\[location\\]: All paging groups.');
  });

  it('renders with no commands at all', () => {
    expectValidMessage(helpCard([]));
  });
});

describe('hintCard', () => {
  it('repeats what was said, escaped, and offers Help and the list', () => {
    const message = hintCard({ text: 'what is *this*' });
    expectValidMessage(message);
    expect(markdownTexts(message.card)).toEqual([
      'I did not understand that',
      'You said: what is \\*this\\*',
      'Press Help to see every command, or list the paging groups.',
    ]);
    expect(submitActions(message.card).map((a) => a.data.action)).toEqual(['help', 'paging.list']);
  });

  it('greets on an empty message', () => {
    const message = hintCard({ text: '   ' });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[0]).toBe('Hi! Ask me about paging groups');
    expect(message.markdown).toContain('Send `help`');
  });
});

describe('errorCard', () => {
  it('shows title, detail, the failed request and the tracking id', () => {
    const message = errorCard({
      title: 'Webex is busy',
      detail: 'Try again in a minute.',
      trackingId: 'ROUTERGW_1234-abcd',
      command: 'paging show',
    });
    expectValidMessage(message);
    expect(markdownTexts(message.card)).toEqual([
      'Webex is busy',
      'Try again in a minute.',
      'Request',
      'paging show',
      'Tracking ID',
      'ROUTERGW\\_1234-abcd',
    ]);
    expect(submitActions(message.card)).toEqual([{ title: 'Help', data: { action: 'help' } }]);
    expect(message.markdown).toBe(
      '**Webex is busy** Try again in a minute.\n\nRequest: paging show · Tracking ID: ROUTERGW\\_1234-abcd',
    );
  });

  it('leaves out what is not known and never shows an empty card', () => {
    const message = errorCard({ title: ' ', detail: '' });
    expectValidMessage(message);
    expect(markdownTexts(message.card)).toEqual(['Something went wrong', 'No details are available.']);
    expect(JSON.stringify(message.card)).not.toContain('FactSet');
  });

  it('bounds a huge detail', () => {
    const message = errorCard({ title: 'Failed', detail: 'x'.repeat(20_000) });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[1]?.length).toBeLessThanOrEqual(500);
  });
});
