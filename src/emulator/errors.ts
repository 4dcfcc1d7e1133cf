// Webex error bodies (reference §1.4): {message, errors:[{description}], trackingId}, and the TrackingID header
// that every response carries (the request's own TrackingID is echoed, as Webex does).
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly descriptions: string[] = [message],
  ) {
    super(message);
  }
}

export const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request was invalid or cannot be otherwise served.',
  401: 'The request requires a valid access token set in the Authorization request header.',
  403: 'The server understood the request, but refused to fulfill it because the access token is missing required scopes or the user is missing required roles or licenses.',
  404: 'The requested resource could not be found.',
  405: 'The request was made to a resource using an HTTP request method that is not supported.',
  409: 'The request could not be processed because it conflicts with some established rule of the system.',
  410: 'The requested resource is no longer available.',
  415: 'The request was made to a resource without specifying a media type or used a media type that is not supported.',
  423: 'The requested resource is temporarily unavailable.',
  429: 'Too many requests have been sent in a given amount of time and the request has been rate limited.',
  500: 'Something went wrong on the server.',
  502: 'The server received an invalid response from an upstream server while processing the request.',
  503: 'Service Unavailable: Server is overloaded with requests. Try again later.',
  504: 'An upstream server failed to respond on time.',
};

export const badRequest = (message: string, descriptions?: string[]) =>
  new ApiError(400, message, descriptions);
export const notFound = (message = STATUS_MESSAGES[404] ?? 'Not found') => new ApiError(404, message);
export const forbidden = (message = STATUS_MESSAGES[403] ?? 'Forbidden') => new ApiError(403, message);
export const conflict = (message: string) => new ApiError(409, message);

export function trackingIdOf(res: Response): string {
  return String(res.locals.trackingId ?? '');
}

/** Sets TrackingID on every response before anything else can answer. */
export function trackingId(req: Request, res: Response, next: NextFunction): void {
  const sent = req.get('TrackingID');
  const id = sent && sent.length <= 256 ? sent : `EMULATOR_${randomUUID()}`;
  res.locals.trackingId = id;
  res.setHeader('TrackingID', id);
  next();
}

export function sendError(res: Response, status: number, message?: string, descriptions?: string[]): void {
  const text = message ?? STATUS_MESSAGES[status] ?? 'Error';
  res.status(status).json({
    message: text,
    errors: (descriptions ?? [text]).map((description) => ({ description })),
    trackingId: trackingIdOf(res),
  });
}

/** Express error handler: ApiErrors as Webex error bodies; body-parser failures as 400; anything else 500. */
export function errorHandler(logger?: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (err instanceof ApiError) {
      sendError(res, err.status, err.message, err.descriptions);
      return;
    }
    const status = (err as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const parseFailed = (err as { type?: unknown }).type === 'entity.parse.failed';
      sendError(res, status, parseFailed ? 'The request body is not valid JSON.' : undefined);
      return;
    }
    // A bug in the emulator: log it (no headers or body, so no tokens) and answer like Webex would.
    logger?.error(
      { err, method: req.method, path: req.path, trackingId: trackingIdOf(res) },
      'emulator error',
    );
    sendError(res, 500);
  };
}
