// /webhooks (reference §3.5; spec: POST and PUT answer 200 with the Webhook). Callers see only their own.
import { Router } from 'express';
import { callerOf } from '../auth.js';
import { type JsonObject, jsonObject, optionalString } from '../body.js';
import type { RouteContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { applicationId, newId } from '../ids.js';
import { paginate } from '../pagination.js';
import type { PersonRecord, WebhookRecord } from '../records.js';
import { webhookView } from '../views.js';
import { validateFilter, WEBHOOK_EVENTS, WEBHOOK_RESOURCES } from '../webhook-filter.js';

export function webhooksRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  const ownWebhook = (id: string, person: PersonRecord): WebhookRecord => {
    const webhook = store.webhooks.get(id);
    if (!webhook || webhook.createdBy !== person.id)
      throw notFound('Could not find a webhook with provided ID.');
    return webhook;
  };

  router.get('/webhooks', (req, res) => {
    const { person } = callerOf(res);
    const own = [...store.webhooks.values()].filter((w) => w.createdBy === person.id);
    const page = paginate(req, res, own, { defaultMax: 100 }, ctx.page);
    res.json({ items: page.map(webhookView) });
  });

  router.get('/webhooks/:webhookId', (req, res) => {
    res.json(webhookView(ownWebhook(req.params.webhookId, callerOf(res).person)));
  });

  router.post('/webhooks', (req, res) => {
    const caller = callerOf(res);
    const body = jsonObject(req.body);
    const name = requiredString(body, 'name');
    const targetUrl = validTargetUrl(requiredString(body, 'targetUrl'));
    const resource = requiredString(body, 'resource');
    const event = requiredString(body, 'event');
    if (!WEBHOOK_RESOURCES.includes(resource)) throw badRequest(`Unsupported resource: ${resource}`);
    if (!WEBHOOK_EVENTS.includes(event)) throw badRequest(`Unsupported event: ${event}`);
    const filter = optionalString(body, 'filter');
    if (filter) validateFilter(resource, filter);
    const secret = optionalString(body, 'secret');
    const ownedBy = optionalString(body, 'ownedBy') ?? 'creator';
    if (ownedBy !== 'creator' && ownedBy !== 'org') throw badRequest(`Invalid ownedBy: ${ownedBy}`);
    if (ownedBy === 'org' && caller.kind !== 'admin')
      throw badRequest("ownedBy 'org' requires an admin token.");
    const webhook: WebhookRecord = {
      id: newId('WEBHOOK'),
      name,
      targetUrl,
      resource,
      event,
      ...(filter ? { filter } : {}),
      ...(secret ? { secret } : {}),
      status: 'active',
      created: new Date().toISOString(),
      orgId: caller.person.orgId,
      createdBy: caller.person.id,
      appId: applicationId(caller.person.id),
      ownedBy,
      failures: [],
    };
    store.webhooks.set(webhook.id, webhook);
    res.json(webhookView(webhook));
  });

  router.put('/webhooks/:webhookId', (req, res) => {
    const webhook = ownWebhook(req.params.webhookId, callerOf(res).person);
    const body = jsonObject(req.body);
    webhook.name = requiredString(body, 'name');
    webhook.targetUrl = validTargetUrl(requiredString(body, 'targetUrl'));
    const secret = optionalString(body, 'secret');
    if (secret !== undefined) webhook.secret = secret;
    const status = optionalString(body, 'status');
    if (status !== undefined && status !== 'active' && status !== 'inactive')
      throw badRequest(`Invalid status: ${status}`);
    if (status === 'active' && webhook.status !== 'active') {
      webhook.status = 'active';
      webhook.failures = [];
    } else if (status === 'inactive') {
      webhook.status = 'inactive';
    }
    res.json(webhookView(webhook));
  });

  router.delete('/webhooks/:webhookId', (req, res) => {
    const webhook = ownWebhook(req.params.webhookId, callerOf(res).person);
    store.webhooks.delete(webhook.id);
    res.status(204).end();
  });

  return router;
}

function requiredString(body: JsonObject, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`${field} is required.`);
  return value;
}

function validTargetUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest('targetUrl must be a valid http or https URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badRequest('targetUrl must be a valid http or https URL.');
  }
  return value;
}
