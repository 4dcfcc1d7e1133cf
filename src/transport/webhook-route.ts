import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { RecentIds } from './recent-ids.js';
import { verifyWebexSignature } from './verify-signature.js';

export interface WebhookRouteOptions {
  secret: string;
  logger: Logger;
  /** False until the framework can process events. */
  isReady(): boolean;
  /** The bot's own person id: its own messages are acknowledged and skipped (loop guard). */
  selfId(): string | undefined;
  /** Hands a verified, parsed, first-time envelope to the framework. Must not reject. */
  dispatch(envelope: WebhookEnvelopeLike): Promise<void>;
  recentIds?: RecentIds;
  maxBodyBytes?: number;
}

export interface WebhookEnvelopeLike {
  resource?: unknown;
  event?: unknown;
  data?: { id?: unknown; personId?: unknown };
}

/**
 * POST handler for Webex webhooks. The signature is checked over the exact bytes received, in constant time, before
 * anything else runs (the framework's own check re-serialises the JSON and answers 200 first: framework-notes.md).
 * Redeliveries of an event are acknowledged and processed once.
 */
export function webhookRoute(opts: WebhookRouteOptions): RequestHandler[] {
  const recent = opts.recentIds ?? new RecentIds();
  const raw = express.raw({ type: () => true, limit: opts.maxBodyBytes ?? 1024 * 1024 });

  const handle: RequestHandler = (req: Request, res: Response) => {
    const body: unknown = req.body;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    if (!verifyWebexSignature(bytes, req.headers['x-spark-signature'], opts.secret)) {
      opts.logger.warn(
        { ip: req.ip, bytes: bytes.length },
        'webhook refused: missing or wrong X-Spark-Signature',
      );
      res.status(401).json({ message: 'Missing or invalid X-Spark-Signature.' });
      return;
    }
    let envelope: WebhookEnvelopeLike;
    try {
      const parsed: unknown = JSON.parse(bytes.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      envelope = parsed as WebhookEnvelopeLike;
    } catch {
      res.status(400).json({ message: 'Webhook body is not a JSON object.' });
      return;
    }
    if (!opts.isReady()) {
      res.status(503).json({ message: 'Not ready yet.' });
      return;
    }
    const dataId = typeof envelope.data?.id === 'string' ? envelope.data.id : undefined;
    const key = `${String(envelope.resource)}/${String(envelope.event)}/${dataId ?? ''}`;
    if (dataId && !recent.firstTime(key)) {
      opts.logger.info(
        { resource: envelope.resource, event: envelope.event },
        'duplicate webhook delivery ignored',
      );
      res.status(200).json({ duplicate: true });
      return;
    }
    const self = opts.selfId();
    if (self && envelope.resource === 'messages' && envelope.data?.personId === self) {
      res.status(200).json({ ignored: 'own message' });
      return;
    }
    res.status(200).json({ accepted: true });
    void opts.dispatch(envelope);
  };

  return [raw, handle];
}
