// Transcript tests in a 1:1 space: every command and every button, through the real framework and the emulator.
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/webex/types.js';
import { cardText, type Harness, type Person, startHarness, submitActions } from '../helpers/bot-harness.js';
import { validateCard } from '../helpers/validate-card.js';

let h: Harness;
let admin: Person;
let room: string;

beforeAll(async () => {
  h = await startHarness();
  admin = h.person('admin@example.com');
  room = h.room('direct-admin');
});
afterAll(async () => {
  await h?.close();
});

/** Sends a command and returns the bot's single reply, checked as a valid Webex card when it has one. */
async function ask(text: string): Promise<Message> {
  const [reply, ...more] = await h.botReplies(1, () => h.say(admin, room, text));
  expect(more).toEqual([]);
  return checked(reply);
}

async function click(card: Message, title: RegExp, inputs?: Record<string, string>): Promise<Message> {
  const [reply, ...more] = await h.botReplies(1, () => h.click(admin, card, title, inputs));
  expect(more).toEqual([]);
  expect(reply?.parentId).toBe(card.parentId ?? card.id);
  return checked(reply);
}

function checked(reply: Message | undefined): Message {
  if (!reply) throw new Error('no reply');
  expect(reply.roomId).toBe(room);
  expect(reply.markdown?.length).toBeGreaterThan(0);
  const card = reply.attachments?.[0]?.content;
  if (card) expect(validateCard(card)).toEqual([]);
  return reply;
}

describe('a person in a 1:1 space', () => {
  it('help → the card of commands with examples', async () => {
    const reply = await ask('help');
    const text = cardText(reply);
    for (const usage of ['paging list', 'paging show', 'who gets paged', 'who can page', 'paging find']) {
      expect(text).toContain(usage);
    }
    expect(reply.parentId).toBeUndefined();
  });

  it('paging list → first page, More → second page, choose + Show → details', async () => {
    const first = await ask('paging list');
    expect(cardText(first)).toContain('PagingGroup-1');
    expect(cardText(first)).toContain('1–8 of 15');
    const second = await click(first, /more/i);
    expect(cardText(second)).not.toContain('PagingGroup-1');
    expect(cardText(second)).toContain('Dock Doors');
    expect(cardText(second)).toMatch(/disabled/i);
    const choice = submitActions(first.attachments?.[0]?.content).find((a) => /show/i.test(a.title));
    expect(choice).toBeDefined();
    const details = await click(first, /^show$/i);
    expect(cardText(details)).toMatch(/Who gets paged/);
  });

  it('paging list <location> → only that location’s groups', async () => {
    const reply = await ask('paging list Warehouse East');
    const text = cardText(reply);
    expect(text).toContain('Dock Doors');
    expect(text).not.toContain('Lobby');
    const none = await ask('paging list Atlantis');
    expect(none.markdown).toMatch(/no paging groups/i);
  });

  it('paging show <name> → details with targets by type, and every button works', async () => {
    const details = await ask('PAGING SHOW lobby?');
    const text = cardText(details);
    expect(text).toContain('Lobby');
    expect(text).toContain('Workspace');
    expect(text).toContain('1501');

    const targets = await click(details, /^targets/i);
    expect(cardText(targets)).toMatch(/Main Lobby|Reception/);
    const originators = await click(details, /^originators/i);
    expect(cardText(originators)).toContain('Dana Whitfield');
    const refreshed = await click(details, /refresh/i);
    expect(cardText(refreshed)).toContain('Lobby');
    const back = await click(targets, /back/i);
    expect(cardText(back)).toContain('Lobby');
  });

  it.each([
    ['by extension', 'paging show 7781'],
    ['by number in any format', 'paging show +1 (555) 867-5309'],
    ['by bare digits', 'paging show 5558675309'],
    ['by ESN', 'paging show 5677781'],
  ])('paging show %s → the reference example group with every field', async (_, command) => {
    const reply = await ask(command);
    const text = cardText(reply);
    expect(text).toContain('PagingGroup-1');
    expect(text).toContain('Hakim Smith');
    expect(text).toContain('Alaska Office');
    expect(text).toContain('Virtual line');
  });

  it('who gets paged when someone dials 7781 → the targets', async () => {
    const reply = await ask('who gets paged when someone dials 7781?');
    const text = cardText(reply);
    expect(text).toContain('Alaska Office');
    expect(text).toContain('Alice Smith');
  });

  it('who can page Warehouse → the originators', async () => {
    const reply = await ask('who can page Warehouse?');
    expect(cardText(reply)).toContain('Frank Miller');
  });

  it('75 targets are paged inside the card', async () => {
    const reply = await ask('who gets paged by Warehouse All Call');
    const next = await click(reply, /next/i);
    expect(cardText(next)).not.toEqual(cardText(reply));
    expect(Buffer.byteLength(reply.markdown ?? '')).toBeLessThanOrEqual(7439);
  });

  it('an empty group says nobody is paged', async () => {
    const reply = await ask('paging show Night Shift');
    expect(cardText(reply)).toMatch(/nobody/i);
  });

  it('same name in two locations → pick one, then the chosen one', async () => {
    const pick = await ask('paging show Facilities');
    const buttons = submitActions(pick.attachments?.[0]?.content);
    expect(buttons.length).toBe(2);
    const details = await click(pick, /San Jose/i);
    expect(cardText(details)).toContain('San Jose HQ');
  });

  it('no match → not found with the closest names as buttons', async () => {
    const reply = await ask('paging show Lobbby');
    expect(reply.markdown).toMatch(/Lobbby/);
    const details = await click(reply, /Lobby$/);
    expect(cardText(details)).toContain('San Jose HQ');
  });

  it('paging find <person> → says it is looking, then the groups', async () => {
    const replies = await h.botReplies(2, () => h.say(admin, room, 'paging find Dana Whitfield'));
    expect(replies[0]?.markdown).toMatch(/Looking through \d+ paging groups/);
    const result = checked(replies[1]);
    const text = cardText(result);
    expect(text).toContain('Lobby');
    expect(text).toContain('Security');
    const byEmail = await h.botReplies(2, () => h.say(admin, room, 'paging find frank.miller@example.com'));
    expect(cardText(checked(byEmail[1]))).toContain('Warehouse');
  });

  it('the markdown-injection group renders literally, with no link', async () => {
    const reply = await ask('paging show **Boss**');
    const md = new MarkdownIt();
    const rendered = [md.render(reply.markdown ?? ''), md.render(cardText(reply, { raw: true }))].join('\n');
    expect(rendered).not.toMatch(/<a\s/);
    expect(rendered).not.toMatch(/<strong>Boss/);
    expect(rendered).toContain('**Boss** [x](http://e.example)');
  });

  it('unknown command → a short hint and a Help button that works', async () => {
    const reply = await ask('paging delete Lobby');
    expect(reply.markdown).toMatch(/help/i);
    const help = await click(reply, /help/i);
    expect(cardText(help)).toContain('paging find');
  });

  it.each([
    ['7 kB of text (Webex refuses more)', 'x'.repeat(7000), /too long/i],
    ['control characters', 'paging show \u0007Lobby', /control characters/i],
  ])('%s → a clear answer, no crash', async (_, text, expected) => {
    const reply = await ask(text);
    expect(reply.markdown).toMatch(expected);
  });

  it('a button with forged or malformed data → a clear reply', async () => {
    const card = await ask('paging show Lobby');
    const reply = await click(card, /refresh/i, { action: 'paging.delete' });
    expect(reply.markdown).toMatch(/could not use that button/i);
    const badPage = await click(card, /^targets/i, { page: 'lots' });
    expect(badPage.markdown).toMatch(/page/i);
  });

  it('a card whose group was deleted meanwhile → "no longer exists"', async () => {
    const card = await ask('paging show Break Room');
    const match = [...h.emulator.store.pagingGroups.values()].find((g) => g.name === 'Break Room');
    if (!match) throw new Error('demo group missing');
    h.emulator.store.pagingGroups.delete(match.id);
    const reply = await click(card, /refresh/i);
    expect(reply.markdown).toMatch(/no longer exists/i);
  });
});
