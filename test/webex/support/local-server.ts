// A scriptable HTTP server on 127.0.0.1:0 for client tests the emulator cannot express.
// Each request is recorded (with the time it arrived) and answered by the test's handler.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { createWebexClient, type WebexClient, type WebexClientOptions } from '../../../src/webex/client.js';
import { WebexApiError } from '../../../src/webex/errors.js';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export type Handler = (req: Recorded, res: ServerResponse, index: number) => void | Promise<void>;

export interface LocalServer {
  url: string;
  apiUrl: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: Recorded = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at,
    };
    requests.push(recorded);
    try {
      await handler(recorded, res, requests.length - 1);
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/v1`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** The WebexApiError a call rejects with (fails the test if it resolves or rejects with anything else). */
export async function webexFailure(p: Promise<unknown>): Promise<WebexApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WebexApiError);
  return err as WebexApiError;
}

/**
 * A local server and a client pointed at it, made per test and closed after each one.
 * `options` may depend on the server (e.g. a base URL with a trailing slash).
 */
export function useLocalClient(token: string) {
  let server: LocalServer | undefined;
  let client: WebexClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    client = undefined;
    server = undefined;
  });
  return {
    async start(
      handler: Handler,
      options: Partial<WebexClientOptions> | ((server: LocalServer) => Partial<WebexClientOptions>) = {},
    ): Promise<{ server: LocalServer; client: WebexClient }> {
      const started = await startLocalServer(handler);
      server = started;
      const extra = typeof options === 'function' ? options(started) : options;
      const made = createWebexClient({ baseUrl: started.apiUrl, token, ...extra });
      client = made;
      return { server: started, client: made };
    },
    /** A client with no local server behind it (e.g. a closed port); closed after the test too. */
    client(options: WebexClientOptions): WebexClient {
      client = createWebexClient(options);
      return client;
    },
  };
}
