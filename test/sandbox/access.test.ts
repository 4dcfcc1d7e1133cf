// ALLOWED_DOMAINS seen from the sandbox page: the contractor's front desk is refused, the admin is answered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_REFUSED } from '../../src/bot/access.js';
import type { RunningSandbox } from '../../src/sandbox/start-sandbox.js';
import { launchChromium } from './chromium.js';
import { type DemoUser, demoUsers, SandboxPage, startTestSandbox } from './sandbox-driver.js';

let sandbox: RunningSandbox;
let browser: Browser;
let ui: SandboxPage;
let users: DemoUser[];

beforeAll(async () => {
  sandbox = await startTestSandbox({ ALLOWED_DOMAINS: 'example.com' });
  browser = await launchChromium();
  users = await demoUsers(sandbox);
  ui = await SandboxPage.open(browser, sandbox);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

describe('sandbox page with ALLOWED_DOMAINS=example.com', () => {
  it('refuses the front desk (contractor.example)', async () => {
    const frontDesk = users.find((u) => u.email.endsWith('@contractor.example')) as DemoUser;
    expect(frontDesk).toBeDefined();
    await ui.chooseIdentity(frontDesk);
    await ui.openSpace('Paging Bot');
    await ui.send('paging list');
    await ui
      .botMessages()
      .locator('.msg-text', { hasText: ACCESS_REFUSED.slice(0, 40) })
      .first()
      .waitFor();
    expect(await ui.page.locator('.card-host .ac-adaptiveCard').count()).toBe(0);
    await ui.screenshot('access-refused');
  });

  it('answers the admin (example.com) with a card', async () => {
    const admin = users.find((u) => u.isAdmin) as DemoUser;
    await ui.chooseIdentity(admin);
    await ui.openSpace('Paging Bot');
    await ui.send('paging list');
    await ui.page.locator('.card-host .ac-adaptiveCard').first().waitFor();
    expect(ui.problems).toEqual([]);
  });
});
