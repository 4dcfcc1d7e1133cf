// Environment → validated Config. Sandbox mode (no WEBEX_BOT_TOKEN) needs nothing; production needs the tokens.
// Messages name the variable and the fix, and never echo a token or secret.
import { isIP } from 'node:net';
import { z } from 'zod';
import { type AdminToken, asAdminToken, asBotToken, type BotToken } from '../webex/tokens.js';
import { ConfigError } from './config-error.js';

export { ConfigError, formatConfigError } from './config-error.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** 'sandbox' when WEBEX_BOT_TOKEN is unset (the bot talks to the local emulator); production carries both tokens. */
export type Config = CommonConfig &
  ({ mode: 'sandbox' } | { mode: 'production'; botToken: BotToken; adminToken: AdminToken });

interface CommonConfig {
  /** No trailing slash, e.g. https://webexapis.com/v1 */
  apiUrl: string;
  orgId?: string;
  /** Unset in production means websocket mode. */
  webhookUrl?: string;
  webhookSecret?: string;
  port: number;
  /** Bind address of the bot's HTTP server: loopback unless HOST says otherwise (e.g. 0.0.0.0 in a container). */
  host: string;
  logLevel: LogLevel;
  allowedDomains: string[];
  allowedEmails: string[];
  emulator: { port: number; botToken?: string; adminToken?: string };
}

export const DEFAULT_API_URL = 'https://webexapis.com/v1';
export const DEFAULT_HOST = '127.0.0.1';
const MIN_SECRET_LENGTH = 16;

/** Blank (or whitespace-only) variables count as unset, as .env files often leave them empty. */
const blank = (v: unknown) => (typeof v === 'string' ? v.trim() || undefined : v);

const token = (name: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .check((ctx) => {
        if (/^bearer\s/i.test(ctx.value)) {
          ctx.issues.push({
            code: 'custom',
            input: '',
            message: `${name} starts with "Bearer ": set only the token itself, without the prefix.`,
          });
        } else if (/\s/.test(ctx.value)) {
          ctx.issues.push({
            code: 'custom',
            input: '',
            message: `${name} contains whitespace: paste the token again as one unbroken string.`,
          });
        }
      })
      .optional(),
  );

const httpUrl = (name: string, example: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .refine(
        (v) => {
          try {
            const u = new URL(v);
            return u.protocol === 'http:' || u.protocol === 'https:';
          } catch {
            return false;
          }
        },
        { message: `${name} must be an absolute http(s) URL, e.g. ${example}.` },
      )
      .optional(),
  );

const port = (name: string, fallback: number) =>
  z.preprocess(
    blank,
    z
      .string()
      .refine((v) => /^\d{1,5}$/.test(v) && Number(v) <= 65535, {
        error: (iss) =>
          `${name} must be an integer from 0 to 65535 (got ${JSON.stringify(iss.input)}); default ${fallback}.`,
      })
      .optional()
      .transform((v) => (v === undefined ? fallback : Number(v))),
  );

/** Comma-separated, trimmed, lowercased; empty → no restriction. */
const list = (name: string, valid: (entry: string) => boolean, what: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      )
      .check((ctx) => {
        const bad = ctx.value.filter((e) => !valid(e));
        if (bad.length > 0) {
          ctx.issues.push({
            code: 'custom',
            input: '',
            message: `${name} has entries that are not ${what}: ${bad.map((b) => JSON.stringify(b)).join(', ')}.`,
          });
        }
      }),
  );

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

const envSchema = z.object({
  WEBEX_BOT_TOKEN: token('WEBEX_BOT_TOKEN'),
  WEBEX_ADMIN_TOKEN: token('WEBEX_ADMIN_TOKEN'),
  WEBEX_API_URL: httpUrl('WEBEX_API_URL', DEFAULT_API_URL),
  WEBEX_ORG_ID: z.preprocess(blank, z.string().optional()),
  WEBHOOK_URL: httpUrl('WEBHOOK_URL', 'https://bot.example.com/webhook'),
  WEBHOOK_SECRET: z.preprocess(
    blank,
    z
      .string()
      .min(MIN_SECRET_LENGTH, {
        message: `WEBHOOK_SECRET is too short: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -hex 32\`).`,
      })
      .optional(),
  ),
  PORT: port('PORT', 3000),
  HOST: z.preprocess(
    blank,
    z
      .string()
      .refine((v) => isIP(v) !== 0 || /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i.test(v), {
        error: (iss) =>
          `HOST must be an IP address or host name to bind, e.g. 127.0.0.1 or 0.0.0.0 (got ${JSON.stringify(iss.input)}).`,
      })
      .default(DEFAULT_HOST),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof blank(v) === 'string' ? (v as string).trim().toLowerCase() : undefined),
    z
      .enum(LOG_LEVELS, {
        error: (iss) =>
          `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(iss.input)}).`,
      })
      .default('info'),
  ),
  ALLOWED_DOMAINS: list('ALLOWED_DOMAINS', (d) => DOMAIN.test(d), 'domains like example.com'),
  ALLOWED_EMAILS: list('ALLOWED_EMAILS', (e) => EMAIL.test(e), 'email addresses'),
  EMULATOR_PORT: port('EMULATOR_PORT', 4010),
  EMULATOR_BOT_TOKEN: z.preprocess(blank, z.string().optional()),
  EMULATOR_ADMIN_TOKEN: z.preprocess(blank, z.string().optional()),
});

type Env = z.infer<typeof envSchema>;

/** Every environment variable the bot reads (documented in .env.example and the README). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

/** Rules that depend on several variables; checked on the raw values so they are reported alongside field errors. */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const bot = blank(env.WEBEX_BOT_TOKEN);
  if (bot === undefined) return []; // sandbox: nothing else is required
  const problems: string[] = [];
  const admin = blank(env.WEBEX_ADMIN_TOKEN);
  if (admin === undefined) {
    problems.push(
      'WEBEX_ADMIN_TOKEN is required when WEBEX_BOT_TOKEN is set: a bot token cannot read Webex Calling paging ' +
        'groups. Use a service-app (or admin) token with the scope spark-admin:telephony_config_read.',
    );
  } else if (admin === bot) {
    problems.push(
      'WEBEX_ADMIN_TOKEN must differ from WEBEX_BOT_TOKEN: the bot token cannot read telephony config; set a ' +
        'service-app (or admin) token with spark-admin:telephony_config_read.',
    );
  }
  if (blank(env.WEBHOOK_URL) !== undefined && blank(env.WEBHOOK_SECRET) === undefined) {
    problems.push(
      'WEBHOOK_SECRET is required when WEBHOOK_URL is set: unsigned webhooks are refused. Set at least ' +
        `${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -hex 32\`), or unset WEBHOOK_URL for websocket mode.`,
    );
  }
  return problems;
}

function toConfig(env: Env): Config {
  const common: CommonConfig = {
    apiUrl: (env.WEBEX_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    allowedDomains: env.ALLOWED_DOMAINS,
    allowedEmails: env.ALLOWED_EMAILS,
    emulator: { port: env.EMULATOR_PORT },
  };
  if (env.WEBEX_ORG_ID !== undefined) common.orgId = env.WEBEX_ORG_ID;
  if (env.WEBHOOK_URL !== undefined) common.webhookUrl = env.WEBHOOK_URL;
  if (env.WEBHOOK_SECRET !== undefined) common.webhookSecret = env.WEBHOOK_SECRET;
  if (env.EMULATOR_BOT_TOKEN !== undefined) common.emulator.botToken = env.EMULATOR_BOT_TOKEN;
  if (env.EMULATOR_ADMIN_TOKEN !== undefined) common.emulator.adminToken = env.EMULATOR_ADMIN_TOKEN;
  // crossFieldProblems has already required the admin token whenever a bot token is set.
  if (env.WEBEX_BOT_TOKEN === undefined || env.WEBEX_ADMIN_TOKEN === undefined)
    return { ...common, mode: 'sandbox' };
  return {
    ...common,
    mode: 'production',
    botToken: asBotToken(env.WEBEX_BOT_TOKEN),
    adminToken: asAdminToken(env.WEBEX_ADMIN_TOKEN),
  };
}

/** Parses the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map(describeIssue);
  problems.push(...crossFieldProblems(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data);
}

/** Our messages already name the variable; zod's generic ones (wrong type) get the name prefixed. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const name = String(issue.path[0] ?? 'environment');
  return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
}

/** Production without WEBHOOK_URL receives events over the framework's websocket. */
export const usesWebsocket = (config: Config): boolean =>
  config.mode === 'production' && config.webhookUrl === undefined;
