// Express wiring: TrackingID and CORS on every response; /v1 = request log → JSON body → faults → auth → routes;
// /u2c/api/v1 for the SDK's service catalog; /_emulator for the control surface.
import type { EventEmitter } from 'node:events';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { authenticate } from './auth.js';
import type { RouteContext } from './context.js';
import { errorHandler, sendError, trackingId } from './errors.js';
import type { FaultInjector } from './faults.js';
import type { RequestLog } from './request-log.js';
import { attachmentActionsRoutes } from './routes/attachment-actions.js';
import { controlRoutes } from './routes/control.js';
import { locationsRoutes } from './routes/locations.js';
import { membershipsRoutes } from './routes/memberships.js';
import { messagesRoutes } from './routes/messages.js';
import { peopleRoutes } from './routes/people.js';
import { roomsRoutes } from './routes/rooms.js';
import { telephonyPagingRoutes } from './routes/telephony-paging.js';
import { u2cRoutes } from './routes/u2c.js';
import { webhooksRoutes } from './routes/webhooks.js';

export interface AppDeps {
  ctx: RouteContext;
  faults: FaultInjector;
  requestLog: RequestLog;
  events: EventEmitter;
  streams: Set<Response>;
  logger?: Logger;
}

function cors(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, TrackingID');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'TrackingID, Link, Retry-After');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
}

export function buildApp({ ctx, faults, requestLog, events, streams, logger }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(trackingId, cors);

  // Any body is read as JSON (clients do not always label it); a malformed one is a 400.
  const json = express.json({ limit: '2mb', type: () => true });

  const api = express.Router();
  api.use(requestLog.middleware(ctx.store), json, faults.middleware(ctx.store), authenticate(ctx.store));
  for (const routes of [
    peopleRoutes,
    roomsRoutes,
    membershipsRoutes,
    messagesRoutes,
    attachmentActionsRoutes,
    webhooksRoutes,
    locationsRoutes,
    telephonyPagingRoutes,
  ]) {
    api.use(routes(ctx));
  }
  app.use('/v1', api);

  const u2c = express.Router();
  u2c.use(requestLog.middleware(ctx.store), u2cRoutes(ctx.store, ctx.apiUrl));
  app.use('/u2c/api/v1', u2c);

  app.use('/_emulator', json, controlRoutes({ store: ctx.store, faults, requestLog, events, streams }));

  app.use((_req: Request, res: Response) =>
    sendError(res, 404, 'The requested resource could not be found.'),
  );
  app.use(errorHandler(logger));
  return app;
}
