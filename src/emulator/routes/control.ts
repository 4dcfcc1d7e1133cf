// /_emulator control surface (no auth; loopback demo tool): faults, request log, demo users, live events (SSE).
import type { EventEmitter } from 'node:events';
import { type Response, Router } from 'express';
import { notFound } from '../errors.js';
import { type FaultInjector, faultFromJson } from '../faults.js';
import type { RequestLog } from '../request-log.js';
import type { EmulatorStore } from '../store.js';

export interface DemoUser {
  id: string;
  displayName: string;
  email: string;
  token: string;
  isAdmin: boolean;
  orgDomain: string;
}

/** Events forwarded to /_emulator/events subscribers. */
export const SSE_EVENTS = [
  'message',
  'messageUpdated',
  'messageDeleted',
  'attachmentAction',
  'delivery',
] as const;
const HEARTBEAT_MS = 15_000;

function demoUsers(store: EmulatorStore): DemoUser[] {
  return [...store.people.values()]
    .filter((p) => p.type === 'person')
    .map((p) => ({
      id: p.id,
      displayName: p.displayName,
      email: p.emails[0] ?? '',
      token: p.token,
      isAdmin: p.isAdmin,
      orgDomain: store.orgs.get(p.orgId)?.domain ?? '',
    }));
}

export function controlRoutes(deps: {
  store: EmulatorStore;
  faults: FaultInjector;
  requestLog: RequestLog;
  events: EventEmitter;
  /** Open SSE streams, ended by Emulator.close(). */
  streams: Set<Response>;
}): Router {
  const router = Router();

  router.get('/users', (_req, res) => {
    res.json(demoUsers(deps.store));
  });

  router.get('/faults', (_req, res) => {
    res.json({ items: deps.faults.list() });
  });
  router.post('/faults', (req, res) => {
    res.status(201).json({ id: deps.faults.add(faultFromJson(req.body)) });
  });
  router.delete('/faults', (_req, res) => {
    deps.faults.clear();
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    if (!deps.faults.remove(req.params.id)) throw notFound('Fault not found.');
    res.status(204).end();
  });

  router.get('/requests', (_req, res) => {
    res.json({ items: deps.requestLog.entries });
  });
  router.delete('/requests', (_req, res) => {
    deps.requestLog.clear();
    res.status(204).end();
  });

  router.get('/events', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const listeners = SSE_EVENTS.map((name) => {
      const listener = (payload: unknown) =>
        res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
      deps.events.on(name, listener);
      return [name, listener] as const;
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    deps.streams.add(res);
    req.on('close', () => {
      clearInterval(heartbeat);
      for (const [name, listener] of listeners) deps.events.off(name, listener);
      deps.streams.delete(res);
    });
  });

  return router;
}
