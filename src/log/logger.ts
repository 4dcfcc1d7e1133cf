// The one way to make a logger: pino with secrets redacted, pretty only for humans at a terminal.
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import pinoPretty from 'pino-pretty';
import { REDACT_CENSOR, REDACT_PATHS } from './redact-paths.js';

export type { Logger } from 'pino';

export interface CreateLoggerOptions {
  /** pino level; default 'info'. */
  level?: string;
  /** Human-readable output; default only on an interactive terminal outside CI and tests. */
  pretty?: boolean;
  /** Where JSON lines go (tests capture here); default stdout. */
  destination?: DestinationStream;
  /** Extra fields on every line, e.g. { service: 'emulator' }. */
  base?: Record<string, unknown>;
}

export function prettyByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdout.isTTY) && !env.CI && env.NODE_ENV !== 'test';
}

export function createLogger(opts: CreateLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? 'info',
    redact: { paths: [...REDACT_PATHS], censor: REDACT_CENSOR },
    ...(opts.base ? { base: opts.base } : {}),
  };
  const pretty = opts.pretty ?? prettyByDefault();
  if (!pretty) return opts.destination ? pino(options, opts.destination) : pino(options);
  // With an explicit destination, format in-process (synchronous, so tests and short scripts see every line);
  // otherwise use the pino-pretty transport, which formats off the main thread.
  if (opts.destination) return pino(options, pinoPretty({ destination: opts.destination, sync: true }));
  return pino({
    ...options,
    transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
  });
}
