// ALLOWED_DOMAINS gates commands and card clicks on the server, whatever buttons a person can see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_REFUSED } from '../../src/bot/access.js';
import { cardText, type Harness, startHarness, visible } from '../helpers/bot-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ allowedDomains: ['example.com'], allowedEmails: ['guest@elsewhere.example'] });
});
afterAll(async () => {
  await h?.close();
});

describe('access rules', () => {
  it('someone outside the allowed domains gets a polite refusal and no paging data', async () => {
    const frontdesk = h.person('frontdesk@contractor.example');
    const before = h.emulator.requests.filter((r) => r.path.startsWith('/v1/telephony')).length;
    const [reply] = await h.botReplies(1, () =>
      h.say(frontdesk, h.room('direct-frontdesk'), 'paging show Lobby'),
    );
    expect(visible(reply?.markdown)).toBe(ACCESS_REFUSED);
    expect(reply?.attachments ?? []).toEqual([]);
    expect(h.emulator.requests.filter((r) => r.path.startsWith('/v1/telephony')).length).toBe(before);
  });

  it('clicking a button on someone else’s card is checked too', async () => {
    const room = h.room('facilities-team');
    const sam = h.person('sam.carter@example.com');
    const frontdesk = h.person('frontdesk@contractor.example');
    const [card] = await h.botReplies(1, () => h.say(sam, room, 'paging show Security', { mention: true }));
    if (!card) throw new Error('no card');
    expect(cardText(card)).toContain('Security');
    const [refusal] = await h.botReplies(1, () => h.click(frontdesk, card, /originators/i));
    expect(visible(refusal?.markdown)).toBe(ACCESS_REFUSED);
    const [allowed] = await h.botReplies(1, () => h.click(sam, card, /originators/i));
    expect(cardText(allowed as NonNullable<typeof allowed>)).toContain('Dana Whitfield');
  });

  it('people in an allowed domain are served', async () => {
    const admin = h.person('admin@example.com');
    const [reply] = await h.botReplies(1, () => h.say(admin, h.room('direct-admin'), 'who can page Lobby'));
    expect(cardText(reply as NonNullable<typeof reply>)).toContain('Sam Carter');
  });
});
