import { describe, expect, it } from 'vitest';
import { agentName, nameFit, numberMatcher, parseMemberQuery } from '../../src/paging/member-query.js';
import type { PagingAgent } from '../../src/webex/types.js';
import { alice } from './agents.fixture.js';

const place: PagingAgent = { id: 'w-1', firstName: 'Alaska Office', lastName: 'Second Floor', type: 'PLACE' };

describe('parseMemberQuery', () => {
  it.each([
    ['Alice.Smith@Example.com', { kind: 'email', email: 'alice.smith@example.com' }],
    [' 7782 ', { kind: 'number', text: '7782', digits: '7782' }],
    ['+1 (555) 867-5311', { kind: 'number', text: '+1 (555) 867-5311', digits: '15558675311' }],
    ['Alice  SMITH', { kind: 'name', tokens: ['alice', 'smith'] }],
    ['Smith, Alice', { kind: 'name', tokens: ['smith', 'alice'] }],
    ['alice@', { kind: 'name', tokens: ['alice@'] }],
  ])('%j', (query, expected) => {
    expect(parseMemberQuery(query)).toEqual(expected);
  });

  it.each(['', '   ', ', .'])('%j → null', (query) => {
    expect(parseMemberQuery(query)).toBeNull();
  });
});

describe('nameFit', () => {
  it.each<[string[], PagingAgent, 'exact' | 'prefix' | null]>([
    [['alice', 'smith'], alice, 'exact'],
    [['smith', 'alice'], alice, 'exact'],
    [['alice'], alice, 'prefix'],
    [['ali', 'sm'], alice, 'prefix'],
    [['sm', 'ali'], alice, 'prefix'],
    [['smith'], alice, 'prefix'],
    [['alice', 'alice'], alice, null], // one name word cannot serve two query words
    [['lice'], alice, null], // prefixes only, not substrings
    [['alice', 'smith', 'jr'], alice, null],
    [['bob'], alice, null],
    [['second', 'floor'], place, 'prefix'],
    [['alaska', 'office', 'second', 'floor'], place, 'exact'],
    [['alice'], { id: 'x' }, null], // an agent without names
  ])('%j vs %j → %s', (tokens, agent, fit) => {
    expect(nameFit(tokens, agent)).toBe(fit);
  });
});

describe('nameFit on hostile input', () => {
  it('needs a different word per token even when greedy choices must be undone', () => {
    // Greedy "a" → Alice would leave "al" nothing; the matching must move "a" to Ann.
    const agent: PagingAgent = { id: 'x', firstName: 'Alice', lastName: 'Ann' };
    expect(nameFit(['a', 'al'], agent)).toBe('prefix');
    expect(nameFit(['al', 'a'], agent)).toBe('prefix');
    expect(nameFit(['al', 'al'], agent)).toBeNull();
  });

  it('answers for many one-letter words instead of exploring every assignment', () => {
    const words = Array.from({ length: 40 }, (_, i) => `a${i}`).join(' ');
    const agent: PagingAgent = { id: 'x', firstName: words };
    expect(nameFit([...Array.from({ length: 30 }, () => 'a'), 'z'], agent)).toBeNull();
    expect(
      nameFit(
        Array.from({ length: 40 }, () => 'a'),
        agent,
      ),
    ).toBe('prefix');
  });
});

describe('numberMatcher', () => {
  it.each([
    ['7782', true],
    ['5677782', true],
    ['555-867-5311', true],
    ['+1 555 867 5311', true],
    ['778', false],
    ['7781', false],
  ])('%j → %s', (text, fits) => {
    const q = parseMemberQuery(text);
    if (q?.kind !== 'number') throw new Error(`not a number query: ${text}`);
    expect(numberMatcher(q)(alice)).toBe(fits);
  });
});

describe('agentName', () => {
  it('joins the parts that exist', () => {
    expect(agentName(alice)).toBe('Alice Smith');
    expect(agentName(place)).toBe('Alaska Office Second Floor');
    expect(agentName({ id: 'x', lastName: 'Solo' })).toBe('Solo');
    expect(agentName({ id: 'x', firstName: ' ' })).toBe('');
  });
});
