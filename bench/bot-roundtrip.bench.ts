// A command's round trip through the whole stack on 127.0.0.1: person posts → signed webhook → real framework →
// bot → paging directory → Webex client → emulator → card reply. Measured, never asserted.
import { afterAll, bench, describe } from 'vitest';
import { startHarness } from '../test/helpers/bot-harness.js';

const h = await startHarness();
const admin = h.person('admin@example.com');
const room = h.room('direct-admin');
// Warm the framework's per-space state, as a bot that has been running a while would be.
await h.botReplies(1, () => h.say(admin, room, 'help'));

afterAll(async () => {
  await h.close();
});

describe('bot round trip (direct space)', () => {
  bench('paging show Lobby → details card', async () => {
    await h.botReplies(1, () => h.say(admin, room, 'paging show Lobby'));
  });
  bench('who gets paged by Warehouse All Call (75 targets)', async () => {
    await h.botReplies(1, () => h.say(admin, room, 'who gets paged by Warehouse All Call'));
  });
  bench('paging find Dana Whitfield (scan of every group)', async () => {
    await h.botReplies(2, () => h.say(admin, room, 'paging find Dana Whitfield'));
  });
});
