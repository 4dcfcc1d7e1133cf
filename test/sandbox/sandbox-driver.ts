// Drives the sandbox page the way a person would (pick who you are, open a space, type, click), and reads the
// emulator over HTTP to know what the page should show. Every wait is Playwright auto-waiting, never a sleep.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { DemoUser } from '../../src/emulator/index.js';
import { createLogger } from '../../src/log/logger.js';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/start-sandbox.js';
import { findProjectRoot } from '../../src/util/project-root.js';
import type { Message } from '../../src/webex/types.js';
import { launchChromium } from './chromium.js';

export type { DemoUser };

export const SCREENSHOTS = join(findProjectRoot(import.meta.url), 'test-results', 'sandbox');

export async function startTestSandbox(env: Record<string, string> = {}): Promise<RunningSandbox> {
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'warn', ...env });
  return startSandbox(config, createLogger({ level: config.logLevel, pretty: false }));
}

/** What a test file shares: filled in by beforeAll, so read its fields inside tests and hooks only. */
export interface SandboxSession {
  sandbox: RunningSandbox;
  browser: Browser;
  ui: SandboxPage;
  users: DemoUser[];
  admin: DemoUser;
}

/** Starts a sandbox (with these environment overrides), Chromium and the page before the file's tests; stops them after. */
export function useSandbox(env: Record<string, string> = {}): SandboxSession {
  const session = {} as SandboxSession;
  beforeAll(async () => {
    session.sandbox = await startTestSandbox(env);
    session.browser = await launchChromium();
    session.users = await demoUsers(session.sandbox);
    const admin = session.users.find((u) => u.isAdmin);
    if (!admin) throw new Error('the demo org has no admin');
    session.admin = admin;
    session.ui = await SandboxPage.open(session.browser, session.sandbox);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.sandbox?.stop();
  });
  return session;
}

/** GET `path` from the emulator, or POST `body` as JSON when one is given; anything but 200 throws. */
export async function emulatorJson<T>(
  sandbox: RunningSandbox,
  path: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const method = body === undefined ? 'GET' : 'POST';
  const res = await fetch(`${sandbox.emulatorUrl}${path}`, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (res.status !== 200) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export const demoUsers = (sandbox: RunningSandbox) => emulatorJson<DemoUser[]>(sandbox, '/_emulator/users');

/** Posts a message as whoever `token` belongs to (a demo person, or the bot with DEMO_BOT_TOKEN). */
export const postMessage = (sandbox: RunningSandbox, token: string, message: Record<string, unknown>) =>
  emulatorJson<Message>(sandbox, '/v1/messages', token, message);

/** The latest `max` messages of a space, newest first, as `user` sees them. */
export async function latestMessages(
  sandbox: RunningSandbox,
  user: DemoUser,
  roomId: string,
  max: number,
): Promise<Message[]> {
  const path = `/v1/messages?roomId=${encodeURIComponent(roomId)}&max=${max}`;
  return (await emulatorJson<{ items: Message[] }>(sandbox, path, user.token)).items;
}

/** The id of `user`'s space with this title. */
export async function roomIdOf(sandbox: RunningSandbox, user: DemoUser, title: string): Promise<string> {
  const rooms = await emulatorJson<{ items: { id: string; title: string }[] }>(
    sandbox,
    '/v1/rooms',
    user.token,
  );
  const room = rooms.items.find((r) => r.title === title);
  if (!room) throw new Error(`no room ${title}`);
  return room.id;
}

/** The names a card shows for a group's targets, read from the emulator as the admin. */
export async function targetNames(sandbox: RunningSandbox, groupName: string): Promise<string[]> {
  const admin = (await demoUsers(sandbox)).find((u) => u.isAdmin);
  if (!admin) throw new Error('the demo org has no admin');
  const list = await emulatorJson<{ locationPaging: { id: string; name: string; locationId: string }[] }>(
    sandbox,
    `/v1/telephony/config/paging?name=${encodeURIComponent(groupName)}`,
    admin.token,
  );
  const group = list.locationPaging.find((g) => g.name === groupName);
  if (!group) throw new Error(`no paging group named ${groupName}`);
  const details = await emulatorJson<{ targets?: { firstName?: string; lastName?: string }[] }>(
    sandbox,
    `/v1/telephony/config/locations/${group.locationId}/paging/${group.id}`,
    admin.token,
  );
  return (details.targets ?? []).map((t) => `${t.firstName ?? ''} ${t.lastName ?? ''}`.trim());
}

export class SandboxPage {
  /** Console errors, page errors and CSP violations: a clean run has none. */
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.problems.push(`pageerror: ${err.message}`));
  }

  static async open(browser: Browser, sandbox: RunningSandbox, viewport = { width: 1280, height: 860 }) {
    // Scale 2: crisp screenshots for the docs.
    const page = await browser.newPage({ viewport, deviceScaleFactor: 2 });
    // Below vitest's test timeout, so a stuck wait fails with Playwright's message about what it waited for.
    page.setDefaultTimeout(15_000);
    const driver = new SandboxPage(page);
    await page.goto(`${sandbox.url}/`);
    await page.locator('body[data-ready="true"]').waitFor();
    return driver;
  }

  async chooseIdentity(user: DemoUser): Promise<void> {
    await this.page.getByLabel('You are').selectOption(user.id);
    await this.page.locator(`body[data-user="${user.id}"]`).waitFor({ state: 'attached' });
  }

  async openSpace(title: string): Promise<void> {
    const room = this.page.locator('#rooms .room', { hasText: title });
    const id = await room.getAttribute('data-room-id');
    await room.click();
    await this.page
      .locator(`#messages[data-room-id="${id}"][aria-busy="false"]`)
      .waitFor({ state: 'attached' });
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** Types into the composer and presses Enter; waits until the message shows as ours. */
  async send(text: string): Promise<void> {
    const before = await this.ownMessages().count();
    const box = this.page.getByRole('textbox', { name: 'Message' });
    await box.fill(text);
    await box.press('Enter');
    await this.ownMessages().nth(before).waitFor();
  }

  ownMessages(): Locator {
    return this.page.locator('#messages .msg.mine');
  }

  /** Messages from others (the bot), oldest first, including replies in threads. */
  botMessages(): Locator {
    return this.page.locator('#messages .msg:not(.mine)');
  }

  /** The n-th card from the bot that appears after `afterCount` bot messages; waits for it. */
  async nextBotCard(afterCount: number): Promise<Locator> {
    const message = this.botMessages().nth(afterCount);
    await message.waitFor();
    const card = message.locator('.ac-adaptiveCard').first();
    await card.waitFor();
    return card;
  }

  /** The whole page, or the smallest area holding every `parts` element plus a margin. Saved under test-results/sandbox/. */
  async screenshot(name: string, parts: Locator[] = [], margin = 10): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    const boxes = await Promise.all(parts.map((part) => part.boundingBox()));
    if (boxes.some((box) => !box)) throw new Error(`${name}: an element to capture is not visible`);
    const shown = boxes.filter((box) => box !== null);
    const clip =
      shown.length === 0
        ? undefined
        : {
            x: Math.max(0, Math.min(...shown.map((b) => b.x)) - margin),
            y: Math.max(0, Math.min(...shown.map((b) => b.y)) - margin),
            width:
              Math.max(...shown.map((b) => b.x + b.width)) - Math.min(...shown.map((b) => b.x)) + 2 * margin,
            height:
              Math.max(...shown.map((b) => b.y + b.height)) - Math.min(...shown.map((b) => b.y)) + 2 * margin,
          };
    await this.page.screenshot({ path, ...(clip && { clip }) });
    return path;
  }
}
