// An admin token without the telephony role: Webex answers 403 and the person is told what to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, type Harness, startHarness, visible } from '../helpers/bot-harness.js';

let h: Harness;
beforeAll(async () => {
  // A plain user's token stands in for an admin token that lacks the role and scope.
  h = await startHarness({
    adminToken: (emu) => emu.store.personByEmail('sam.carter@example.com')?.token ?? '',
  });
});
afterAll(async () => {
  await h?.close();
});

describe('with an admin token that lacks the role', () => {
  it('403 → "the admin token lacks spark-admin:telephony_config_read", with the tracking id', async () => {
    const admin = h.person('admin@example.com');
    const [reply] = await h.botReplies(1, () => h.say(admin, h.room('direct-admin'), 'paging show Lobby'));
    if (!reply) throw new Error('no reply');
    const text = `${visible(reply.markdown)}\n${cardText(reply)}`;
    expect(text).toContain('spark-admin:telephony_config_read');
    expect(text).toMatch(/tracking id: webex-paging-bot_/i);
    const forbidden = h.emulator.requests.filter(
      (r) => r.path.startsWith('/v1/telephony') && r.status === 403,
    );
    expect(forbidden.length).toBeGreaterThan(0);
  });
});
