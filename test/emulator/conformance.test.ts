// Responses against Webex's own OpenAPI component schemas (messaging) and the reference paging examples.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWebexId, type Emulator } from '../../src/emulator/index.js';
import { call, type Json, Receiver, tokenOf, withEmulator } from './helpers.js';

const reference = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../shared/reference/${file}`, import.meta.url), 'utf8'));

const spec = reference('openapi/webex-messaging.json');
// The spec's Attachment schema points `content` at `File` (an ECM file: fileId, contentUrl), contradicting its
// own Create-a-Message example and the cards guide. Cards are validated against its AdaptiveCard schema instead.
spec.components.schemas.Attachment = {
  type: 'object',
  required: ['contentType', 'content'],
  properties: {
    contentType: { type: 'string', enum: ['application/vnd.microsoft.card.adaptive'] },
    content: { $ref: '#/components/schemas/AdaptiveCard' },
  },
};
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(spec, 'spec');

function expectSchema(name: string, value: unknown): void {
  const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  const ok = validate(value);
  expect(ok ? [] : validate.errors, `${name}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
}

/** Keys the spec schema does not declare (the schemas allow extra keys; this lists where we go beyond them). */
function undeclared(names: string[], value: Record<string, unknown>): string[] {
  const declared = new Set(names.flatMap((n) => Object.keys(spec.components.schemas[n].properties ?? {})));
  return Object.keys(value).filter((key) => !declared.has(key));
}

/** Type shape of a JSON value: same keys and value types; arrays by their first element. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

let emu: Emulator;
let receiver: Receiver;
const admin = () => emu.adminToken;
beforeAll(async () => {
  emu = await withEmulator();
  receiver = await Receiver.start();
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});

describe('messaging responses match the OpenAPI component schemas', () => {
  it('people', async () => {
    const me = await call(emu, 'GET', '/people/me', emu.botToken);
    expectSchema('Person', me.body);
    const byEmail = await call(emu, 'GET', '/people?email=sam.carter@example.com', emu.botToken);
    expectSchema('PersonCollectionResponse', byEmail.body);
    expect(byEmail.body.items).toHaveLength(1);
    const byIds = await call(emu, 'GET', `/people?id=${me.body.id},nope&showAllTypes=false`, emu.botToken);
    expectSchema('PersonCollectionResponse', byIds.body);
    expect(byIds.body.notFoundIds).toEqual(['nope']);
    const calling = await call(emu, 'GET', '/people?callingData=true&max=5', admin());
    expectSchema('PersonCollectionResponse', calling.body);
    expect(calling.body.items.some((p: Json) => p.phoneNumbers && p.extension && p.locationId)).toBe(true);
    expect(undeclared(['Person'], me.body)).toEqual([]);
  });

  it('rooms and memberships', async () => {
    const rooms = await call(emu, 'GET', '/rooms', emu.botToken);
    expectSchema('RoomCollectionResponse', rooms.body);
    const room = await call(emu, 'GET', `/rooms/${rooms.body.items[0].id}`, emu.botToken);
    expectSchema('Room', room.body);
    expect(undeclared(['Room'], room.body)).toEqual([]);
    const created = await call(emu, 'POST', '/rooms', admin(), { title: 'Schema Room' });
    expectSchema('Room', created.body);

    const memberships = await call(emu, 'GET', '/memberships?max=1000', emu.botToken);
    expectSchema('MembershipCollectionResponse', memberships.body);
    const one = await call(emu, 'GET', `/memberships/${memberships.body.items[0].id}`, emu.botToken);
    expectSchema('Membership', one.body);
    expect(undeclared(['Membership'], one.body)).toEqual([]);
    const added = await call(emu, 'POST', '/memberships', admin(), {
      roomId: created.body.id,
      personEmail: 'pagingbot@webex.bot',
    });
    expect(added.status).toBe(200);
    expectSchema('Membership', added.body);
  });

  it('messages (create, get, list)', async () => {
    const card = { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'hi' }] };
    const sent = await call(emu, 'POST', '/messages', emu.botToken, {
      toPersonEmail: 'admin@example.com',
      markdown: '**hello** <@personEmail:admin@example.com>',
      text: 'hello',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    expect(sent.status).toBe(200);
    expectSchema('Message', sent.body);
    expect(sent.body).toMatchObject({ roomType: 'direct', toPersonEmail: 'admin@example.com' });
    // html and parentId are in the spec's ListMessage schema and Message examples, not its Message schema.
    expect(undeclared(['Message', 'ListMessage'], sent.body)).toEqual([]);
    const got = await call(emu, 'GET', `/messages/${sent.body.id}`, emu.botToken);
    expectSchema('Message', got.body);
    const list = await call(emu, 'GET', `/messages?roomId=${sent.body.roomId}`, emu.botToken);
    expectSchema('ListMessageCollectionResponse', list.body);
    expect(list.body.items[0].id).toBe(sent.body.id);
  });

  it('attachment actions', async () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.3',
      body: [],
      actions: [{ type: 'Action.Submit', title: 'Go' }],
    };
    const sent = await call(emu, 'POST', '/messages', emu.botToken, {
      toPersonEmail: 'admin@example.com',
      text: 'card',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    const action = await call(emu, 'POST', '/attachment/actions', admin(), {
      type: 'submit',
      messageId: sent.body.id,
      inputs: { Name: 'John Andersen', choice: 'x' },
    });
    expect(action.status).toBe(202);
    expectSchema('AttachmentActivity', action.body);
    const got = await call(emu, 'GET', `/attachment/actions/${action.body.id}`, emu.botToken);
    expectSchema('AttachmentActivity', got.body);
    expect(Object.keys(got.body).sort()).toEqual(
      Object.keys(reference('examples/attachment-actions-get.response.json')).sort(),
    );
  });

  it('webhooks', async () => {
    const created = await call(emu, 'POST', '/webhooks', emu.botToken, {
      name: 'conformance',
      targetUrl: receiver.url,
      resource: 'messages',
      event: 'created',
      filter: 'roomType=direct',
      secret: 's3cret',
    });
    expect(created.status).toBe(200);
    expectSchema('Webhook', created.body);
    // orgId, createdBy and appId come from the reference (§3.5, listing fields); the schema omits them.
    expect(undeclared(['Webhook'], created.body).sort()).toEqual(['appId', 'createdBy', 'orgId']);
    const list = await call(emu, 'GET', '/webhooks', emu.botToken);
    expectSchema('WebhookCollectionResponse', list.body);
    const updated = await call(emu, 'PUT', `/webhooks/${created.body.id}`, emu.botToken, {
      name: 'renamed',
      targetUrl: receiver.url,
    });
    expectSchema('Webhook', updated.body);
  });
});

describe('paging responses have the shapes of the reference examples', () => {
  const pg1 = async () => {
    const list = await call(emu, 'GET', '/telephony/config/paging?name=PagingGroup-1', admin());
    const item = list.body.locationPaging.find((g: Json) => g.name === 'PagingGroup-1');
    return { list, item };
  };

  it('list', async () => {
    const { list, item } = await pg1();
    const example = reference('examples/paging-list.response.json');
    expect(Object.keys(list.body)).toEqual(['locationPaging']);
    expect(shape(item)).toEqual(shape(example.locationPaging[0]));
    expect(item).toMatchObject({
      locationName: 'Alaska',
      extension: '7781',
      phoneNumber: '+15558675309',
      esn: '5677781',
    });
  });

  it('details, with the example names for targets and originators', async () => {
    const { item } = await pg1();
    const details = await call(
      emu,
      'GET',
      `/telephony/config/locations/${item.locationId}/paging/${item.id}`,
      admin(),
    );
    const example = reference('examples/paging-get.response.json');
    // tollFreeNumber is a documented details field (§2.3) that the example happens to leave out.
    const { tollFreeNumber, ...rest } = details.body;
    expect(tollFreeNumber).toBe(false);
    expect(shape(rest)).toEqual(shape(example));
    const names = (agents: Json[]) => agents.map((a) => `${a.firstName}|${a.lastName}|${a.type}`);
    expect(names(details.body.targets)).toEqual(names(example.targets));
    expect(names(details.body.originators)).toEqual(names(example.originators));
    for (const agent of [...details.body.targets, ...details.body.originators]) {
      expect(agent.esn).toBe(`${agent.routingPrefix}${agent.extension}`);
    }
  });

  it('create, available numbers', async () => {
    const location = (await pg1()).item.locationId;
    const numbers = await call(
      emu,
      'GET',
      `/telephony/config/locations/${location}/paging/availableNumbers`,
      admin(),
    );
    const example = reference('examples/paging-available-numbers.response.json');
    expect(shape(numbers.body.phoneNumbers[0])).toEqual(shape(example.phoneNumbers[0]));
    const created = await call(emu, 'POST', `/telephony/config/locations/${location}/paging`, admin(), {
      name: 'Shape Check',
      extension: '7799',
    });
    expect(created.status).toBe(201);
    expect(shape(created.body)).toEqual(shape(reference('examples/paging-create.response.json')));
  });

  it('the reference create/update request bodies are accepted once their IDs exist in the directory', async () => {
    const { item } = await pg1();
    const body = reference('examples/paging-update.request.json');
    const details = await call(
      emu,
      'GET',
      `/telephony/config/locations/${item.locationId}/paging/${item.id}`,
      admin(),
    );
    // Same body, with the demo directory's IDs (the example's IDs belong to another org).
    body.originators = details.body.originators.map((a: Json) => a.id);
    body.targets = details.body.targets.map((a: Json) => a.id);
    const put = await call(
      emu,
      'PUT',
      `/telephony/config/locations/${item.locationId}/paging/${item.id}`,
      admin(),
      body,
    );
    expect(put.status).toBe(204);
  });

  it('IDs decode like the reference: PAGING_GROUP wraps base64 of a broadworks-style address', async () => {
    const { item } = await pg1();
    const decoded = decodeWebexId(item.id);
    expect(decoded?.type).toBe('PAGING_GROUP');
    expect(Buffer.from(decoded?.value ?? '', 'base64').toString()).toMatch(
      /^[a-z0-9]+@\d+\.int10\.bcld\.webex\.com$/,
    );
    expect(decodeWebexId(item.locationId)?.type).toBe('LOCATION');
    const sam = await call(emu, 'GET', '/people/me', tokenOf(emu, 'sam.carter@example.com'));
    expect(Buffer.from(sam.body.id, 'base64').toString()).toMatch(
      /^ciscospark:\/\/us\/PEOPLE\/[0-9a-f-]{36}$/,
    );
    expect(sam.body.id).not.toMatch(/[=+/]/);
  });
});
