import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, tokenOf, withEmulator } from './helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await withEmulator();
});
afterAll(() => emu.close());

describe('tokens', () => {
  it('rejects a missing or unknown token with 401 and the Webex error body', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const res = await call(emu, 'GET', '/people/me', token);
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/access token/);
      expect(res.body.errors[0].description).toBeTypeOf('string');
      expect(res.body.trackingId).toBe(res.headers.get('trackingid'));
    }
  });

  it('looks the token up once per request (request log, faults and auth share it)', async () => {
    const lookup = vi.spyOn(emu.store, 'personByToken');
    try {
      expect((await call(emu, 'GET', '/people/me', emu.botToken)).status).toBe(200);
      expect(lookup).toHaveBeenCalledTimes(1);
    } finally {
      lookup.mockRestore();
    }
  });

  it('maps the bot, admin and user tokens to their people', async () => {
    const bot = await call(emu, 'GET', '/people/me', emu.botToken);
    expect(bot.body).toMatchObject({
      type: 'bot',
      displayName: 'Paging Bot',
      emails: ['pagingbot@webex.bot'],
    });
    const admin = await call(emu, 'GET', '/people/me', emu.adminToken);
    expect(admin.body.emails).toEqual(['admin@example.com']);
    const user = await call(emu, 'GET', '/people/me', tokenOf(emu, 'sam.carter@example.com'));
    expect(user.body).toMatchObject({ displayName: 'Sam Carter', type: 'person' });
  });

  it('shapes the default bot token as <token>_<cluster>_<orgUuid> with the org of the bot', async () => {
    const parts = emu.botToken.split('_');
    expect(parts).toHaveLength(3);
    const bot = await call(emu, 'GET', '/people/me', emu.botToken);
    expect(Buffer.from(bot.body.orgId, 'base64').toString()).toBe(`ciscospark://us/ORGANIZATION/${parts[2]}`);
  });

  it('accepts tokens given as options instead of the demo ones', async () => {
    const custom = await withEmulator({ botToken: 'a_b_c', adminToken: 'x_y_z' });
    try {
      expect((await call(custom, 'GET', '/people/me', 'a_b_c')).body.type).toBe('bot');
      expect((await call(custom, 'GET', '/people/me', 'x_y_z')).body.emails).toEqual(['admin@example.com']);
      expect((await call(custom, 'GET', '/people/me', emu.botToken)).status).toBe(401);
    } finally {
      await custom.close();
    }
  });
});

describe('admin-only APIs', () => {
  const adminPaths = ['/telephony/config/paging', '/locations'];

  it('answers 403 with the missing-scopes message to bot and user tokens', async () => {
    for (const path of adminPaths) {
      for (const token of [emu.botToken, tokenOf(emu, 'sam.carter@example.com')]) {
        const res = await call(emu, 'GET', path, token);
        expect(res.status, path).toBe(403);
        expect(res.body.message).toMatch(/missing required scopes or the user is missing required roles/);
      }
    }
  });

  it('serves admin tokens', async () => {
    for (const path of adminPaths) expect((await call(emu, 'GET', path, emu.adminToken)).status).toBe(200);
  });

  it('accepts the caller org as orgId and refuses another org with 403', async () => {
    const admin = await call(emu, 'GET', '/people/me', emu.adminToken);
    const ok = await call(emu, 'GET', `/telephony/config/paging?orgId=${admin.body.orgId}`, emu.adminToken);
    expect(ok.status).toBe(200);
    const other = Buffer.from('ciscospark://us/ORGANIZATION/00000000-0000-0000-0000-000000000000').toString(
      'base64url',
    );
    for (const path of ['/telephony/config/paging', '/locations', '/people']) {
      expect((await call(emu, 'GET', `${path}?orgId=${other}`, emu.adminToken)).status, path).toBe(403);
    }
  });
});

describe('tracking IDs, CORS and unknown routes', () => {
  it('echoes a TrackingID sent by the client, in the header and the error body', async () => {
    const res = await call(emu, 'GET', '/people/me', 'bad', undefined, { TrackingID: 'CLIENT_1234' });
    expect(res.headers.get('trackingid')).toBe('CLIENT_1234');
    expect(res.body.trackingId).toBe('CLIENT_1234');
  });

  it('generates EMULATOR_<uuid> tracking IDs on every response, success included', async () => {
    const res = await call(emu, 'GET', '/people/me', emu.botToken);
    expect(res.headers.get('trackingid')).toMatch(/^EMULATOR_[0-9a-f-]{36}$/);
    const u2c = await fetch(`${emu.u2cUrl}/limited/catalog?orgId=x&format=hostmap`);
    expect(u2c.headers.get('trackingid')).toMatch(/^EMULATOR_/);
  });

  it('answers CORS preflights and exposes the headers a browser page needs', async () => {
    const res = await fetch(`${emu.apiUrl}/messages`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/TrackingID/);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Link/);
  });

  it('answers 404 with an error body for unknown API paths, and 400 for malformed JSON', async () => {
    const missing = await call(emu, 'GET', '/nothing-here', emu.botToken);
    expect(missing.status).toBe(404);
    expect(missing.body.trackingId).toBeTypeOf('string');
    const bad = await call(emu, 'POST', '/messages', emu.botToken, '{"roomId":');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveLength(1);
  });

  it('answers 400 to a body that is not a JSON object, on every endpoint that takes one', async () => {
    const roomId = emu.store.keys.rooms['facilities-team'] ?? '';
    const messageId = (await call(emu, 'POST', '/messages', emu.adminToken, { roomId, text: 'x' })).body.id;
    const webhookId = (
      await call(emu, 'POST', '/webhooks', emu.adminToken, {
        name: 'n',
        targetUrl: 'http://127.0.0.1:9/hook',
        resource: 'messages',
        event: 'created',
      })
    ).body.id;
    const locationId = emu.store.keys.locations.alaska ?? '';
    const pagingId = emu.store.keys.pagingGroups['pg-1'] ?? '';
    for (const [method, path] of [
      ['POST', '/rooms'],
      ['POST', '/memberships'],
      ['POST', '/messages'],
      ['PUT', `/messages/${messageId}`],
      ['POST', '/attachment/actions'],
      ['POST', '/webhooks'],
      ['PUT', `/webhooks/${webhookId}`],
      ['POST', `/telephony/config/locations/${locationId}/paging`],
      ['PUT', `/telephony/config/locations/${locationId}/paging/${pagingId}`],
    ] as const) {
      // Scalars are already refused by the JSON parser (strict); an array gets through to the route.
      const res = await call(emu, method, path, emu.adminToken, '[]');
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.message, `${method} ${path}`).toBe('Body must be a JSON object.');
    }
  });
});

describe('U2C catalog', () => {
  it('points hydra at the emulator API, without auth on the limited catalog', async () => {
    const limited = await fetch(`${emu.u2cUrl}/limited/catalog?orgId=abc&format=hostmap`);
    expect(await limited.json()).toEqual({ serviceLinks: { hydra: `${emu.apiUrl}/` }, hostCatalog: {} });
    const full = await fetch(`${emu.u2cUrl}/catalog?format=hostmap`, {
      headers: { Authorization: `Bearer ${emu.botToken}` },
    });
    expect((await full.json()).serviceLinks.hydra).toBe(`${emu.apiUrl}/`);
    const wrong = await fetch(`${emu.u2cUrl}/catalog?format=hostmap`, {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
  });
});
