// The real renderer: every built card rendered by the adaptivecards browser bundle in headless Chromium, with
// markdown-it loaded the way the bundle expects (window.markdownit). Checks what a person sees (no link or
// bold from hostile names) and what a click sends (the Action.Submit data merged with input values, which is
// what Webex returns as attachmentActions.inputs) is accepted by parseCardAction.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailsCard, listCard, parseCardAction } from '../../src/cards/index.js';
import { launchChromium } from '../sandbox/chromium.js';
import {
  everyCard,
  exampleDetails,
  exampleList,
  INJECTION_NAME,
  LOCATION_ID,
  makeAgents,
  makeGroup,
} from './fixtures.js';

const require = createRequire(import.meta.url);

interface Rendered {
  html: string;
  links: number;
  bold: number;
  buttons: string[];
  text: string;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
  await page.addScriptTag({ path: require.resolve('markdown-it/browser') });
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
});

afterAll(async () => {
  await browser?.close();
});

/** Renders the card into #root and reports what is on screen. */
async function render(card: object): Promise<Rendered> {
  return page.evaluate((json) => {
    // biome-ignore lint/suspicious/noExplicitAny: browser globals from the loaded bundles.
    const w = window as any;
    const ac = new w.AdaptiveCards.AdaptiveCard();
    ac.parse(json);
    const element: HTMLElement = ac.render();
    const root = document.getElementById('root') as HTMLElement;
    root.replaceChildren(element);
    w.__card = ac;
    return {
      html: element.innerHTML,
      links: element.querySelectorAll('a').length,
      bold: element.querySelectorAll('strong, b').length,
      buttons: Array.from(element.querySelectorAll('button'), (b) => b.textContent ?? ''),
      text: element.textContent ?? '',
    };
  }, card);
}

/** Clicks the button with that title and returns the submitted data (data merged with input values). */
async function click(title: string): Promise<unknown> {
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: browser globals from the loaded bundles.
    const w = window as any;
    w.__submitted = undefined;
    w.__card.onExecuteAction = (action: { data: unknown }) => {
      w.__submitted = action.data;
    };
  });
  await page.locator('#root button', { hasText: title }).first().click();
  // biome-ignore lint/suspicious/noExplicitAny: browser globals from the loaded bundles.
  return page.evaluate(() => (window as any).__submitted);
}

describe('cards rendered by adaptivecards in Chromium', () => {
  it('markdown is active in this page (bold and links do render from trusted markdown)', async () => {
    const shown = await render({
      type: 'AdaptiveCard',
      version: '1.3',
      body: [{ type: 'TextBlock', text: INJECTION_NAME }],
    });
    expect(shown.links).toBe(1);
    expect(shown.bold).toBe(1);
  });

  it.each(Object.entries(everyCard(INJECTION_NAME)))(
    '%s shows the hostile name literally',
    async (_, message) => {
      const shown = await render(message.card);
      expect(shown.links).toBe(0);
      expect(shown.bold).toBe(0);
      expect(shown.text).toContain('**Boss**');
      expect(shown.html).not.toContain('\\*');
    },
  );

  it('details: every button sends data that parseCardAction accepts', async () => {
    const details = { ...exampleDetails(), targets: makeAgents(30) };
    const shown = await render(detailsCard({ details, locationId: LOCATION_ID }).card);
    expect(shown.buttons).toEqual(['Targets', 'Originators', 'Refresh', 'More targets']);
    for (const title of shown.buttons) {
      const parsed = parseCardAction(await click(title));
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    }
    expect(parseCardAction(await click('More targets'))).toEqual({
      ok: true,
      action: { action: 'paging.targets', locationId: LOCATION_ID, pagingId: details.id, page: 2 },
    });
  });

  it('list: Show submits the ChoiceSet value as `group`, which parses to both ids', async () => {
    const groups = [1, 2, 3, 4, 5].map((i) => makeGroup(i));
    await render(listCard({ groups, page: 1, pageSize: 5, total: 12 }).card);
    const submitted = (await click('Show')) as Record<string, unknown>;
    const first = groups[0];
    expect(submitted).toEqual({ action: 'paging.choose', group: `${first?.locationId} ${first?.id}` });
    expect(parseCardAction(submitted)).toEqual({
      ok: true,
      action: {
        action: 'paging.choose',
        group: `${first?.locationId} ${first?.id}`,
        locationId: first?.locationId,
        pagingId: first?.id,
      },
    });
    const more = (await click('More')) as Record<string, unknown>;
    expect(more).toMatchObject({ action: 'paging.list', page: 2 });
    expect(parseCardAction(more)).toEqual({ ok: true, action: { action: 'paging.list', page: 2 } });
  });

  it('list with the reference groups: one Show button per group', async () => {
    const list = exampleList();
    const shown = await render(listCard({ groups: list, page: 1, pageSize: 8, total: 2 }).card);
    expect(shown.buttons).toEqual(['Show PagingGroup-1', 'Show PagingGroup-2']);
    expect(parseCardAction(await click('Show PagingGroup-2'))).toEqual({
      ok: true,
      action: { action: 'paging.show', locationId: list[1]?.locationId, pagingId: list[1]?.id },
    });
  });
});
