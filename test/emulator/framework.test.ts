// The real webex-node-bot-framework (and Webex JS SDK) against the emulator: start-up calls, a direct message,
// a group mention, and a card click all round-trip through signed webhook deliveries.
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import type { Message } from '../../src/webex/types.js';
import { call, type Json, tokenOf, withEmulator } from './helpers.js';

let emu: Emulator;
let server: Server;
let framework: Json;

function nextBotMessage(predicate: (m: Message) => boolean = () => true): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message) => {
      if (message.personEmail === 'pagingbot@webex.bot' && predicate(message)) {
        emu.events.off('message', listener);
        resolve(message);
      }
    };
    emu.events.on('message', listener);
  });
}

beforeAll(async () => {
  emu = await withEmulator();
  // The SDK reads these once, when first loaded (framework-notes).
  process.env.HYDRA_SERVICE_URL = emu.apiUrl;
  process.env.U2C_SERVICE_URL = emu.u2cUrl;
  process.env.NO_PROXY = '127.0.0.1,localhost';
  process.env.WEBEX_LOG_LEVEL = 'error';
  // Loaded untyped through require: only after the env above is set, and independent of src/types.
  const require = createRequire(import.meta.url);
  const Framework = require('webex-node-bot-framework');
  const webhook = require('webex-node-bot-framework/webhook');

  const app = express();
  app.use(express.json());
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  framework = new Framework({
    token: emu.botToken,
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    webhookSecret: 'framework-secret',
    removeWebhooksOnStart: false,
    messageFormat: 'markdown',
  });
  app.post('/webhook', webhook(framework));
  framework.hears('paging list', (bot: Json, trigger: Json) =>
    bot.say('markdown', `Hello **${trigger.person.displayName}**, you said: ${trigger.text}`),
  );
  framework.on('attachmentAction', (bot: Json, trigger: Json) =>
    bot.say('markdown', `clicked ${trigger.attachmentAction.inputs.choice}`),
  );
  const initialized = new Promise((resolve) => framework.once('initialized', resolve));
  await framework.start();
  await initialized;
  while (!framework.cardsWebhook) await new Promise((r) => setTimeout(r, 20));
}, 60_000);

afterAll(async () => {
  await framework?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await emu?.close();
});

describe('webex-node-bot-framework against the emulator', () => {
  it('starts: reads itself, registers both webhooks with the secret', async () => {
    const hooks = (await call(emu, 'GET', '/webhooks', emu.botToken)).body.items as Json[];
    expect(hooks.map((h) => `${h.resource}/${h.event}`).sort()).toEqual([
      'all/all',
      'attachmentActions/created',
    ]);
    expect(hooks.every((h) => h.secret === 'framework-secret')).toBe(true);
    const paths = emu.requests.filter((r) => r.kind === 'api').map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('GET /v1/people/me');
    expect(paths).toContain('GET /u2c/api/v1/limited/catalog');
  });

  it('answers a direct message', async () => {
    const reply = nextBotMessage();
    await call(emu, 'POST', '/messages', emu.adminToken, {
      toPersonEmail: 'pagingbot@webex.bot',
      text: 'paging list',
    });
    const message = await reply;
    expect(message.roomId).toBe(emu.store.keys.rooms['direct-admin']);
    expect(message.text).toBe('Hello Dana Whitfield, you said: paging list');
  });

  it('answers a group mention (text starts with the bot name)', async () => {
    const room = emu.store.keys.rooms['facilities-team'];
    const reply = nextBotMessage((m) => m.roomId === room);
    await call(emu, 'POST', '/messages', tokenOf(emu, 'sam.carter@example.com'), {
      roomId: room,
      markdown: `<@personId:${emu.store.keys.people.bot}|Paging Bot> paging list`,
    });
    expect((await reply).text).toBe('Hello Sam Carter, you said: Paging Bot paging list');
  });

  it('receives card clicks and reads the inputs', async () => {
    const room = emu.store.keys.rooms['direct-admin'];
    const card = {
      type: 'AdaptiveCard',
      version: '1.3',
      body: [{ type: 'TextBlock', text: 'Pick one' }],
      actions: [{ type: 'Action.Submit', title: 'Go', data: { choice: 'lobby' } }],
    };
    const sent = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room,
      text: 'fallback',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    const reply = nextBotMessage((m) => m.text === 'clicked lobby');
    await call(emu, 'POST', '/attachment/actions', emu.adminToken, {
      type: 'submit',
      messageId: sent.body.id,
      inputs: { choice: 'lobby' },
    });
    expect((await reply).roomId).toBe(room);
  });
});
