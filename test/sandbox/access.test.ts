// ALLOWED_DOMAINS seen from the sandbox page: the contractor's front desk is refused, the admin is answered.
import { describe, expect, it } from 'vitest';
import { ACCESS_REFUSED } from '../../src/bot/access.js';
import { type DemoUser, useSandbox } from './sandbox-driver.js';

const session = useSandbox({ ALLOWED_DOMAINS: 'example.com' });

describe('sandbox page with ALLOWED_DOMAINS=example.com', () => {
  it('refuses the front desk (contractor.example)', async () => {
    const { ui, users } = session;
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
    const { ui, admin } = session;
    await ui.chooseIdentity(admin);
    await ui.openSpace('Paging Bot');
    await ui.send('paging list');
    await ui.page.locator('.card-host .ac-adaptiveCard').first().waitFor();
    expect(ui.problems).toEqual([]);
  });
});
