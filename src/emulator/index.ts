// The Webex emulator: a local HTTP server that behaves like the Webex REST API for this project
// (docs/architecture.md, "Emulator contract").
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'express';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.js';
import { buildDemoOrg, DEMO_ADMIN_TOKEN, DEMO_BOT_TOKEN } from './demo-org.js';
import { FaultInjector } from './faults.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { EmulatorStore } from './store.js';
import { type DeliveryResult, WebhookDelivery } from './webhook-delivery.js';

export {
  buildDemoOrg,
  DEMO_ADMIN_TOKEN,
  DEMO_BOT_TOKEN,
  DEMO_ORG_UUID,
  type DemoData,
} from './demo-org.js';
export { MARKDOWN_INJECTION_GROUP_NAME } from './demo-paging.js';
export type { FaultInfo, FaultSpec } from './faults.js';
export { FaultInjector } from './faults.js';
export { decodeWebexId, webexId } from './ids.js';
export type { RequestLogEntry } from './request-log.js';
export type { DemoUser } from './routes/control.js';
export { EmulatorStore } from './store.js';
export type { DeliveryRecord, DeliveryResult } from './webhook-delivery.js';
export { signBody } from './webhook-signature.js';

export interface EmulatorOptions {
  /** 0 = random free port (tests). Default 4010. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  botToken?: string;
  adminToken?: string;
  /** Max items per page on list endpoints (forces Link pagination). Default 100. */
  pageCap?: number;
  /** Webhook delivery timeout. Default 10 s. */
  deliveryTimeoutMs?: number;
  logger?: Logger;
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1' (HYDRA_SERVICE_URL) */
  apiUrl: string;
  /** url + '/u2c/api/v1' (U2C_SERVICE_URL) */
  u2cUrl: string;
  botToken: string;
  adminToken: string;
  store: EmulatorStore;
  faults: FaultInjector;
  requests: RequestLogEntry[];
  /** 'message' (Message), 'messageUpdated' (Message), 'messageDeleted' ({id, roomId}), 'attachmentAction', 'delivery'. */
  events: EventEmitter;
  /** POST caller-chosen bytes to a webhook's target, signed with its secret, in order with other deliveries. */
  deliverRaw(webhookId: string, rawBody: string | Buffer): Promise<DeliveryResult>;
  /** Re-send an earlier envelope of a webhook byte for byte (default: the last), e.g. to test duplicates. */
  redeliver(webhookId: string, eventIndex?: number): Promise<DeliveryResult>;
  /** Bodies delivered to a webhook so far, oldest first. */
  deliveryHistory(webhookId: string): string[];
  /** Resolves when no webhook delivery is queued or in flight. */
  deliveriesSettled(): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? '127.0.0.1';
  const botToken = opts.botToken ?? DEMO_BOT_TOKEN;
  const adminToken = opts.adminToken ?? DEMO_ADMIN_TOKEN;
  const logger = opts.logger ?? pino({ level: 'silent' });
  const store = new EmulatorStore(buildDemoOrg({ botToken, adminToken }));
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const faults = new FaultInjector();
  const requestLog = new RequestLog();
  const deliveries = new WebhookDelivery(store, events, requestLog, {
    ...(opts.deliveryTimeoutMs !== undefined ? { timeoutMs: opts.deliveryTimeoutMs } : {}),
    logger,
  });
  const streams = new Set<Response>();

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const apiUrl = `${url}/v1`;
  const app = buildApp({
    ctx: { store, events, deliveries, page: { origin: url, pageCap: opts.pageCap ?? 100 }, apiUrl },
    faults,
    requestLog,
    events,
    streams,
    logger,
  });
  server.on('request', app);
  logger.info({ url: apiUrl }, 'webex emulator listening');

  return {
    url,
    apiUrl,
    u2cUrl: `${url}/u2c/api/v1`,
    botToken,
    adminToken,
    store,
    faults,
    requests: requestLog.entries,
    events,
    deliverRaw: (webhookId, rawBody) => deliveries.deliverRaw(webhookId, rawBody),
    redeliver: (webhookId, eventIndex) => deliveries.redeliver(webhookId, eventIndex),
    deliveryHistory: (webhookId) => deliveries.history(webhookId),
    deliveriesSettled: () => deliveries.idle(),
    async close() {
      deliveries.close();
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      events.removeAllListeners();
    },
  };
}
