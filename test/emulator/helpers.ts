// Test helpers for the emulator: a tiny fetch wrapper and a webhook receiver that keeps raw bytes.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/index.js';

// Response bodies are inspected ad hoc in tests; schema tests check their shapes.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = Json>(
  emulator: Emulator,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const url = path.startsWith('http') ? path : `${emulator.apiUrl}${path}`;
  const res = await fetch(url, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export function tokenOf(emulator: Emulator, email: string): string {
  const person = emulator.store.personByEmail(email);
  if (!person) throw new Error(`no demo person ${email}`);
  return person.token;
}

export function idOf(emulator: Emulator, email: string): string {
  const person = emulator.store.personByEmail(email);
  if (!person) throw new Error(`no demo person ${email}`);
  return person.id;
}

export interface Received {
  raw: Buffer;
  headers: IncomingHttpHeaders;
  json: Json;
}

/** An HTTP server on 127.0.0.1:0 that records every POST body byte for byte and answers `status`. */
export class Receiver {
  readonly received: Received[] = [];
  status = 200;
  /** When true, requests are recorded but not answered until release(). */
  hold = false;
  private held: (() => void)[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        let json: unknown;
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          json = undefined;
        }
        receiver.received.push({ raw, headers: req.headers, json });
        res.statusCode = receiver.status;
        if (receiver.hold) receiver.held.push(() => res.end());
        else res.end();
        receiver.waiters = receiver.waiters.filter((w) => {
          if (receiver.received.length >= w.count) w.resolve();
          return receiver.received.length < w.count;
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Resolves once at least `count` requests have arrived. */
  waitFor(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Answers every held request. */
  release(): void {
    this.hold = false;
    for (const answer of this.held.splice(0)) answer();
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function withEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ port: 0, ...opts });
}
