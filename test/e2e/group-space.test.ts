// Transcript tests in a group space: the bot hears @mentions only and answers in threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, type Harness, type Person, startHarness } from '../helpers/bot-harness.js';
import { validateCard } from '../helpers/validate-card.js';

let h: Harness;
let sam: Person;
let room: string;

beforeAll(async () => {
  h = await startHarness();
  sam = h.person('sam.carter@example.com');
  room = h.room('facilities-team');
});
afterAll(async () => {
  await h?.close();
});

describe('a person in a group space', () => {
  it('@mention + who gets paged by Lobby? → targets, threaded under the question', async () => {
    const [reply] = await h.botReplies(1, async () => {
      const question = await h.say(sam, room, 'who gets paged by Lobby?', { mention: true });
      expect(question.mentionedPeople).toContain(h.botPerson.id);
      return question;
    });
    if (!reply) throw new Error('no reply');
    expect(reply.roomId).toBe(room);
    expect(reply.parentId).toBeDefined();
    const question = h.emulator.store.messages.get(reply.parentId ?? '');
    expect(question?.personId).toBe(sam.id);
    expect(cardText(reply)).toMatch(/Main Lobby|Reception/);
    expect(validateCard(reply.attachments?.[0]?.content ?? {})).toEqual([]);
  });

  it('a message without a mention never reaches the bot', async () => {
    const replies = await h.quietly(() => h.say(sam, room, 'paging list'));
    expect(replies).toEqual([]);
  });

  it('paging list → card; a click in the group replies under the same thread', async () => {
    const [list] = await h.botReplies(1, () => h.say(sam, room, 'paging list', { mention: true }));
    if (!list) throw new Error('no list');
    const [more] = await h.botReplies(1, () => h.click(sam, list, /more/i));
    expect(more?.parentId).toBe(list.parentId);
    const [details] = await h.botReplies(1, () => h.click(sam, list, /^show$/i));
    expect(details?.parentId).toBe(list.parentId);
    expect(cardText(details as NonNullable<typeof details>)).toMatch(/Who gets paged/);
  });

  it('who can page Warehouse → originators, also when asked in a thread', async () => {
    const [root] = await h.botReplies(1, () => h.say(sam, room, 'help', { mention: true }));
    const rootId = root?.parentId ?? '';
    const [reply] = await h.botReplies(1, () =>
      h.say(sam, room, 'who can page Warehouse', { mention: true, parentId: rootId }),
    );
    expect(reply?.parentId).toBe(rootId);
    expect(cardText(reply as NonNullable<typeof reply>)).toContain('Frank Miller');
  });

  it('a mention with nothing after it → the hint, not silence', async () => {
    const [reply] = await h.botReplies(1, () => h.say(sam, room, '', { mention: true }));
    expect(reply?.markdown).toMatch(/help/i);
  });
});
