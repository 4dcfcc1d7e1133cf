// Webhook delivery: builds the envelope (examples/webhook-envelope.messages-created.json), serialises it once,
// signs those exact bytes, and POSTs asynchronously, in order per webhook, with a timeout. Every attempt is
// logged and emitted as 'delivery'. 100 failures within 5 minutes disable the webhook, as Webex does.
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { request } from 'undici';
import { base64UrlNoPad } from './ids.js';
import type { WebhookRecord } from './records.js';
import type { RequestLog } from './request-log.js';
import type { EmulatorStore } from './store.js';
import { matchesResource, passesFilter, visibleTo, type WebhookEvent } from './webhook-filter.js';
import { signBody } from './webhook-signature.js';

export interface DeliveryRecord {
  webhookId: string;
  /** Target without query string or credentials (they may hold secrets). */
  target: string;
  resource: string;
  event: string;
  /** Receiver's HTTP status; 0 when no response arrived. */
  status: number;
  ok: boolean;
  error?: string;
  trackingId: string;
  kind: 'event' | 'raw' | 'redelivery';
  at: string;
}

export interface DeliveryResult {
  status: number;
  ok: boolean;
  error?: string;
}

export interface DeliveryOptions {
  timeoutMs?: number;
  logger?: Logger;
}

const FAILURE_WINDOW_MS = 5 * 60_000;
const FAILURE_LIMIT = 100;
const HISTORY_LIMIT = 50;

export class WebhookDelivery {
  private readonly chains = new Map<string, Promise<unknown>>();
  /** Raw bodies sent per webhook (newest last), for redeliver(). */
  private readonly sent = new Map<string, { body: string; resource: string; event: string }[]>();
  private readonly closing = new AbortController();
  private readonly timeoutMs: number;

  constructor(
    private readonly store: EmulatorStore,
    private readonly events: EventEmitter,
    private readonly log: RequestLog,
    private readonly options: DeliveryOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Queues the event for every active webhook that may see it; returns at once. */
  dispatch(evt: WebhookEvent): void {
    for (const webhook of this.store.webhooks.values()) {
      if (webhook.status !== 'active' || !matchesResource(webhook, evt)) continue;
      const owner = this.store.people.get(webhook.createdBy);
      if (!owner || !visibleTo(owner, evt) || !passesFilter(webhook, owner, evt)) continue;
      const body = JSON.stringify(this.envelope(webhook, evt));
      this.enqueue(webhook.id, () => this.send(webhook.id, body, 'event', evt.resource, evt.event)).catch(
        () => {},
      );
    }
  }

  /** Sends caller-chosen bytes, signed with the webhook's secret, in order with other deliveries. */
  deliverRaw(webhookId: string, body: string | Buffer): Promise<DeliveryResult> {
    const webhook = this.requireWebhook(webhookId);
    const text = typeof body === 'string' ? body : body.toString('utf8');
    return this.enqueue(webhookId, () => this.send(webhookId, text, 'raw', webhook.resource, webhook.event));
  }

  /** Re-sends an earlier envelope byte for byte (default: the last one), as a duplicate delivery. */
  redeliver(webhookId: string, eventIndex = -1): Promise<DeliveryResult> {
    this.requireWebhook(webhookId);
    const history = this.sent.get(webhookId) ?? [];
    const entry = history.at(eventIndex);
    if (!entry)
      return Promise.reject(new Error(`no delivery #${eventIndex} recorded for webhook ${webhookId}`));
    return this.enqueue(webhookId, () =>
      this.send(webhookId, entry.body, 'redelivery', entry.resource, entry.event),
    );
  }

  /** Bodies delivered to a webhook so far (oldest first, at most 50). */
  history(webhookId: string): string[] {
    return (this.sent.get(webhookId) ?? []).map((entry) => entry.body);
  }

  /** Resolves once every queued delivery has finished. */
  async idle(): Promise<void> {
    while (true) {
      const pending = [...this.chains.values()];
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }

  close(): void {
    this.closing.abort();
  }

  private envelope(webhook: WebhookRecord, evt: WebhookEvent): Record<string, unknown> {
    const org = this.store.orgs.get(webhook.orgId);
    return {
      id: webhook.id,
      name: webhook.name,
      targetUrl: webhook.targetUrl,
      resource: evt.resource,
      event: evt.event,
      ...(webhook.filter ? { filter: webhook.filter } : {}),
      // The guide's example carries base64 of the bare org UUID here, unlike the Hydra ID elsewhere.
      orgId: org ? base64UrlNoPad(org.uuid) : webhook.orgId,
      createdBy: webhook.createdBy,
      appId: webhook.appId,
      ownedBy: webhook.ownedBy,
      status: 'active',
      created: webhook.created,
      actorId: evt.actorId,
      data: evt.data,
    };
  }

  private requireWebhook(webhookId: string): WebhookRecord {
    const webhook = this.store.webhooks.get(webhookId);
    if (!webhook) throw new Error(`unknown webhook ${webhookId}`);
    return webhook;
  }

  private enqueue(webhookId: string, job: () => Promise<DeliveryResult>): Promise<DeliveryResult> {
    const previous = this.chains.get(webhookId) ?? Promise.resolve();
    const next = previous.then(job, job);
    this.chains.set(webhookId, next);
    const cleanup = () => {
      if (this.chains.get(webhookId) === next) this.chains.delete(webhookId);
    };
    next.then(cleanup, cleanup);
    return next;
  }

  private async send(
    webhookId: string,
    body: string,
    kind: DeliveryRecord['kind'],
    resource: string,
    event: string,
  ): Promise<DeliveryResult> {
    const webhook = this.store.webhooks.get(webhookId);
    if (!webhook || this.closing.signal.aborted) return { status: 0, ok: false, error: 'not sent' };
    if (kind === 'event' && webhook.status !== 'active')
      return { status: 0, ok: false, error: 'webhook inactive' };
    const bytes = Buffer.from(body, 'utf8');
    const trackingId = `WEBHOOK_${randomUUID()}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Webex Emulator',
      trackingid: trackingId,
    };
    if (webhook.secret) headers['x-spark-signature'] = signBody(webhook.secret, bytes);
    if (kind === 'event') this.remember(webhookId, body, resource, event);

    let result: DeliveryResult;
    if (!isLoopbackUrl(webhook.targetUrl)) {
      // A local tool must never send traffic off the machine, whatever URL someone registered.
      result = { status: 0, ok: false, error: 'not sent: the emulator delivers only to loopback addresses' };
      this.countFailure(webhook);
      this.report(webhook, { kind, resource, event, trackingId, ...result });
      return result;
    }
    try {
      const response = await request(webhook.targetUrl, {
        method: 'POST',
        headers,
        body: bytes,
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.closing.signal]),
      });
      await response.body.dump();
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      result = { status: response.statusCode, ok, ...(ok ? {} : { error: `HTTP ${response.statusCode}` }) };
    } catch (err) {
      result = { status: 0, ok: false, error: errorText(err) };
    }
    if (!result.ok) this.countFailure(webhook);
    this.report(webhook, { kind, resource, event, trackingId, ...result });
    return result;
  }

  private remember(webhookId: string, body: string, resource: string, event: string): void {
    const history = this.sent.get(webhookId) ?? [];
    history.push({ body, resource, event });
    if (history.length > HISTORY_LIMIT) history.shift();
    this.sent.set(webhookId, history);
  }

  private countFailure(webhook: WebhookRecord): void {
    const now = Date.now();
    webhook.failures = webhook.failures.filter((t) => now - t < FAILURE_WINDOW_MS);
    webhook.failures.push(now);
    if (webhook.failures.length >= FAILURE_LIMIT && webhook.status === 'active') {
      webhook.status = 'inactive';
      this.options.logger?.warn(
        { webhookId: webhook.id },
        'webhook disabled after 100 failed deliveries in 5 minutes',
      );
    }
  }

  private report(
    webhook: WebhookRecord,
    outcome: Pick<DeliveryRecord, 'kind' | 'resource' | 'event' | 'trackingId'> & DeliveryResult,
  ): void {
    const record: DeliveryRecord = {
      webhookId: webhook.id,
      target: safeTarget(webhook.targetUrl),
      at: new Date().toISOString(),
      ...outcome,
    };
    this.log.record({
      kind: 'delivery',
      method: 'POST',
      path: record.target,
      query: {},
      status: record.status,
      tokenKind: 'none',
      trackingId: record.trackingId,
      at: record.at,
      webhookId: record.webhookId,
      resource: record.resource,
      event: record.event,
      ...(record.error ? { error: record.error } : {}),
    });
    this.options.logger?.debug({ delivery: record }, 'webhook delivery');
    this.events.emit('delivery', record);
  }
}

/** 127.0.0.0/8, ::1 and the name localhost: the only places the emulator posts to. */
export function isLoopbackUrl(targetUrl: string): boolean {
  try {
    const host = new URL(targetUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

function safeTarget(targetUrl: string): string {
  try {
    const url = new URL(targetUrl);
    return `${url.origin}${url.pathname}`;
  } catch {
    return 'invalid-url';
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
