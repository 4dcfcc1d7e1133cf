// The sandbox end to end in real Chromium: emulator + real bot + the chat page, driven like a person would.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/webex/types.js';
import {
  type DemoUser,
  emulatorJson,
  latestMessages,
  postMessage,
  roomIdOf,
  targetNames,
  useSandbox,
} from './sandbox-driver.js';

/** On the first page of `paging list` (the list is sorted by location, then name). */
const LISTED_GROUP = 'Front Desk';
/** Asked by name in the group space. */
const ASKED_GROUP = 'Lobby';

const session = useSandbox();

describe('sandbox chat page', () => {
  it('starts as the admin in the 1:1 space with the bot, without the bot in the identity picker', async () => {
    const { ui, admin } = session;
    // A first visit opens as the admin, before anyone is chosen.
    expect(await ui.page.locator('body').getAttribute('data-user')).toBe(admin.id);
    await ui.chooseIdentity(admin);
    await ui.openSpace('Paging Bot');
    const options = await ui.page.getByLabel('You are').locator('option').allTextContents();
    expect(options.some((o) => o.startsWith(admin.displayName))).toBe(true);
    expect(options.some((o) => o.includes('Paging Bot'))).toBe(false);
    expect(await ui.page.locator('#rooms .room').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Paging Bot'),
        expect.stringContaining('Facilities Team'),
      ]),
    );
    // A direct space needs no mention.
    expect(await ui.page.locator('#mention-chip').isHidden()).toBe(true);
  });

  it('answers `paging list` with a rendered card, and Show opens the chosen group with its targets', async () => {
    const { ui, sandbox } = session;
    const targets = await targetNames(sandbox, LISTED_GROUP);
    expect(targets.length).toBeGreaterThan(0);

    await ui.send('paging list');
    const list = ui.page.locator('.card-host .ac-adaptiveCard', { has: ui.page.locator('select') }).first();
    await list.waitFor();
    const picker = list.locator('select');
    const labels = await picker.locator('option').allTextContents();
    const choice = labels.find((l) => l.startsWith(`${LISTED_GROUP} `));
    expect(choice, `the first page lists ${LISTED_GROUP}: ${labels.join(' | ')}`).toBeDefined();
    await picker.selectOption({ label: choice as string });
    await list.getByRole('button', { name: 'Show', exact: true }).click();
    await ui.page.locator('.card-status', { hasText: 'Sent' }).first().waitFor();

    let details = ui.page.locator('.card-host');
    for (const name of targets) details = details.filter({ hasText: name });
    await details.first().waitFor();
    await expect
      .poll(() => details.first().locator('.ac-textBlock').first().textContent())
      .toContain(LISTED_GROUP);
    // Avatar, sender, time and card, as docs/sandbox-details-card.png shows it.
    const message = details.first().locator('xpath=ancestor::article[1]');
    await ui.screenshot('details-card', [message.locator(':scope > .avatar'), details.first()]);
  });

  it('shows the card payload in the JSON inspector, exactly as the emulator stored it', async () => {
    const { ui, sandbox, admin } = session;
    const last = ui.page.locator('#messages article.msg:not(.mine):has(> .msg-body > .card-host)').last();
    const id = await last.getAttribute('data-message-id');
    expect(id).toBeTruthy();
    const inspector = last.locator(':scope > .msg-body > details.inspector');
    await inspector.locator('summary').click();
    const shown = JSON.parse((await inspector.locator('.card-json').textContent()) ?? '');
    const stored = await emulatorJson<Message>(sandbox, `/v1/messages/${id}`, admin.token);
    expect(shown).toEqual(stored.attachments?.[0]?.content);
    expect(shown.type).toBe('AdaptiveCard');
  });

  it('in the group space, mentions the bot and gets the answer to "who gets paged by …?"', async () => {
    const { ui, sandbox, admin } = session;
    const targets = await targetNames(sandbox, ASKED_GROUP);
    await ui.openSpace('Facilities Team');
    await ui.page.locator('#mention-chip[aria-pressed="true"]', { hasText: '@Paging Bot' }).waitFor();
    await ui.send(`who gets paged by ${ASKED_GROUP}?`);

    // The emulator turned the mention into mentionedPeople, which is what lets the bot hear it.
    const mine = await latestMessages(sandbox, admin, await roomIdOf(sandbox, admin, 'Facilities Team'), 5);
    const asked = mine.find((m) => m.personId === admin.id);
    expect(asked?.text).toBe(`Paging Bot who gets paged by ${ASKED_GROUP}?`);
    expect(asked?.mentionedPeople?.length).toBe(1);

    let answer = ui.page.locator('.card-host');
    for (const name of targets) answer = answer.filter({ hasText: name });
    await answer.first().waitFor();
    await ui.screenshot('group-space-answer');
  });

  it('shows messages from others live, and counts them as unread in other spaces', async () => {
    const { ui, sandbox, admin, users } = session;
    const sam = users.find((u) => u.email.startsWith('sam.carter')) as DemoUser;
    expect(sam).toBeDefined();
    const roomId = await roomIdOf(sandbox, admin, 'Facilities Team');
    await postMessage(sandbox, sam.token, { roomId, markdown: 'Heads up: **fire drill** at 3pm' });
    await ui.page.locator('.msg-text strong', { hasText: 'fire drill' }).waitFor();

    await ui.openSpace('Paging Bot');
    await postMessage(sandbox, sam.token, { roomId, markdown: 'Drill is over' });
    await ui.page
      .locator('#rooms .room', { hasText: 'Facilities Team' })
      .locator('.badge', { hasText: '1' })
      .waitFor();
    // The badge is updated in place: the space just clicked keeps the keyboard focus.
    const focused = ui.page.locator('#rooms .room', { hasText: 'Paging Bot' });
    expect(await focused.evaluate((el) => el === document.activeElement)).toBe(true);
    await ui.openSpace('Facilities Team');
    await ui.page.locator('.msg-text', { hasText: 'Drill is over' }).waitFor();
    expect(await ui.page.locator('#rooms .badge').count()).toBe(0);
  });

  it('fault panel: adds a fault on the paging API that the emulator then lists, and clears it', async () => {
    const { ui, sandbox } = session;
    type Fault = { path?: string; status?: number; remaining: number | null };
    const faults = async () => (await emulatorJson<{ items: Fault[] }>(sandbox, '/_emulator/faults')).items;
    await ui.page.getByRole('button', { name: '503 ×3' }).click();
    await expect
      .poll(faults)
      .toEqual([expect.objectContaining({ path: '/telephony/config/paging', status: 503, remaining: 3 })]);
    await ui.page.locator('#active-faults li', { hasText: '503' }).waitFor();

    await ui.page.getByRole('button', { name: 'Clear faults' }).click();
    await expect.poll(faults).toEqual([]);
    await ui.page.locator('#active-faults li', { hasText: 'None' }).waitFor();
  });

  it('switches to the dark theme and draws the cards again', async () => {
    const { ui } = session;
    await ui.openSpace('Paging Bot'); // holds the list and details cards
    const savedTheme = () => ui.page.evaluate(() => localStorage.getItem('sandbox.theme'));
    expect(await savedTheme(), 'the system preference is followed, not saved').toBeNull();
    await ui.page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await savedTheme()).toBe('dark');
    await ui.page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    expect(await ui.page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const background = await ui.page
      .locator('.card-host .ac-adaptiveCard')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await ui.screenshot('dark-theme');
    await ui.page.getByRole('button', { name: 'Dark theme' }).click();
  });

  it('ran without console errors, page errors or CSP violations', () => {
    expect(session.ui.problems).toEqual([]);
  });
});
