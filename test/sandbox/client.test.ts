// The page as a Webex client, on cards and messages the test posts itself (as the bot and as a colleague):
// what a submit sends, where an OpenUrl goes, that markdown cannot inject HTML or script URLs, keyboard use.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT_TOKEN } from '../../src/emulator/index.js';
import type { Message } from '../../src/webex/types.js';
import { latestMessages, postMessage, roomIdOf, useSandbox } from './sandbox-driver.js';

// The bot rightly logs a warning for the test card's unknown action; keep the output quiet.
const session = useSandbox({ LOG_LEVEL: 'error' });
let directRoomId: string;

beforeAll(async () => {
  directRoomId = await roomIdOf(session.sandbox, session.admin, 'Paging Bot');
  await session.ui.chooseIdentity(session.admin);
  await session.ui.openSpace('Paging Bot');
});

const postAsBot = (body: Record<string, unknown>): Promise<Message> =>
  postMessage(session.sandbox, DEMO_BOT_TOKEN, { roomId: directRoomId, ...body });

/** A message from the bot with `markdown` as its text and one Adaptive Card of `body` and `actions`. */
const cardMessage = (markdown: string, card: { body: unknown[]; actions: unknown[] }) => ({
  markdown,
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.3', ...card },
    },
  ],
});

const article = (id: string) => session.ui.page.locator(`article[data-message-id="${id}"]`);

describe('sandbox page as a Webex client', () => {
  it('submits the action data merged with the card inputs as an attachment action, and marks the card sent', async () => {
    const { ui, sandbox } = session;
    const message = await postAsBot(
      cardMessage('A test card', {
        body: [
          { type: 'TextBlock', text: 'Leave a **note**', wrap: true },
          { type: 'Input.Text', id: 'note', label: 'Note' },
        ],
        actions: [{ type: 'Action.Submit', title: 'Send note', data: { action: 'test.note', n: 1 } }],
      }),
    );
    const card = article(message.id).locator('.ac-adaptiveCard');
    await card.locator('strong', { hasText: 'note' }).waitFor();
    await card.getByRole('textbox', { name: 'Note' }).fill('hello');
    const submitted = ui.page.waitForRequest(
      (r) => r.method() === 'POST' && r.url() === `${sandbox.emulatorUrl}/v1/attachment/actions`,
    );
    await card.getByRole('button', { name: 'Send note' }).click();
    expect((await submitted).postDataJSON()).toEqual({
      type: 'submit',
      messageId: message.id,
      inputs: { action: 'test.note', n: 1, note: 'hello' },
    });
    await article(message.id).locator('.card-status', { hasText: 'Sent ✓' }).waitFor();
    expect(await article(message.id).locator('.card-host').getAttribute('data-state')).toBe('sent');
  });

  it('opens Action.OpenUrl in a new tab without an opener; script URLs in card text are not links', async () => {
    const { ui, sandbox } = session;
    const target = `${sandbox.url}/healthz`;
    const message = await postAsBot(
      cardMessage('Links', {
        body: [
          { type: 'TextBlock', text: '[evil](javascript:window.pwned=1) and [fine](https://example.com/)' },
        ],
        actions: [{ type: 'Action.OpenUrl', title: 'Health', url: target }],
      }),
    );
    const card = article(message.id).locator('.ac-adaptiveCard');
    // The renderer draws OpenUrl as a button with the link role.
    await card.getByRole('link', { name: 'Health' }).waitFor();
    expect(await card.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await card.getByRole('link', { name: 'fine' }).getAttribute('rel')).toBe('noopener noreferrer');

    const popup = ui.page.waitForEvent('popup');
    await card.getByRole('link', { name: 'Health' }).click();
    const tab = await popup;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(target);
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();
  });

  it('renders message markdown without raw HTML or script links, with mentions and safe links', async () => {
    const { ui, admin } = session;
    const message = await postAsBot({
      markdown: [
        '<img src=x onerror="window.pwned=2"> <script>window.pwned=3</script>',
        '[bad](javascript:window.pwned=4) [good](https://example.com/) **bold**',
        `<@personEmail:${admin.email}|${admin.displayName}> take a look`,
      ].join('\n'),
    });
    const text = article(message.id).locator('.msg-text');
    await text.locator('strong', { hasText: 'bold' }).waitFor();
    expect(await text.locator('img, script').count()).toBe(0);
    expect(await text.textContent()).toContain('<img src=x onerror="window.pwned=2">');
    expect(await text.locator('a[href^="javascript:"]').count()).toBe(0);
    const good = text.getByRole('link', { name: 'good' });
    expect(await good.getAttribute('target')).toBe('_blank');
    expect(await good.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await text.locator('.mention').textContent()).toBe(admin.displayName);
    expect(await ui.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('highlights a mention in text only: in code it stays as typed, in a link title as text, in alt text the name', async () => {
    const { admin } = session;
    const mention = `<@personId:${admin.id}|${admin.displayName}>`;
    const message = await postAsBot({
      markdown: [
        `${mention} see \`${mention}\``,
        `[the page](https://example.com/ "${mention}") ![${mention} at work](favicon.svg)`,
      ].join('\n'),
    });
    const text = article(message.id).locator('.msg-text');
    await text.locator('img').waitFor({ state: 'attached' });
    expect(await text.locator('.mention').allTextContents()).toEqual([admin.displayName]);
    expect(await text.locator('code').textContent()).toBe(mention);
    expect(await text.getByRole('link', { name: 'the page' }).getAttribute('title')).toBe(mention);
    expect(await text.locator('img').getAttribute('alt')).toBe(`${admin.displayName} at work`);
  });

  it('sends on Enter, keeps Shift+Enter as a new line', async () => {
    const { ui, sandbox, admin } = session;
    const box = ui.page.getByRole('textbox', { name: 'Message' });
    await box.fill('line one');
    await box.press('Shift+Enter');
    await box.pressSequentially('line two');
    expect(await box.inputValue()).toBe('line one\nline two');
    const before = await ui.ownMessages().count();
    await box.press('Enter');
    await ui.ownMessages().nth(before).waitFor();
    expect(await box.inputValue()).toBe('');
    const latest = await latestMessages(sandbox, admin, directRoomId, 10);
    expect(latest.find((m) => m.personId === admin.id)?.markdown).toBe('line one\nline two');
    expect(await ui.ownMessages().nth(before).locator('.msg-text br').count()).toBe(1);
  });

  it('can be used from the keyboard: the skip link reaches the message box, spaces are buttons', async () => {
    const { ui } = session;
    await ui.page.reload();
    await ui.page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    await ui.page.keyboard.press('Tab');
    const skip = ui.page.getByRole('link', { name: 'Skip to the message box' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await ui.page.keyboard.press('Enter');
    expect(
      await ui.page.getByRole('textbox', { name: 'Message' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);

    const group = ui.page.locator('#rooms .room', { hasText: 'Facilities Team' });
    await group.focus();
    await ui.page.keyboard.press('Enter');
    await ui.page.getByRole('heading', { level: 1, name: 'Facilities Team' }).waitFor();
    expect(await ui.page.getByRole('log').getAttribute('aria-live')).toBe('polite');
  });

  it('sends without the mention once the @Paging Bot chip is switched off', async () => {
    const { ui, sandbox, admin } = session;
    await ui.openSpace('Facilities Team');
    const chip = ui.page.getByRole('button', { name: '@Paging Bot' });
    await chip.focus();
    await ui.page.keyboard.press('Space');
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    await ui.send('just between us humans');
    const roomId = await ui.page.locator('#messages').getAttribute('data-room-id');
    const latest = await latestMessages(sandbox, admin, roomId ?? '', 5);
    const sent = latest.find((m) => m.personId === admin.id);
    expect(sent?.markdown).toBe('just between us humans');
    expect(sent?.mentionedPeople ?? []).toEqual([]);
  });

  it('ran without console errors, page errors or CSP violations', () => {
    expect(session.ui.problems).toEqual([]);
  });
});
