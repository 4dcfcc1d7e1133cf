// Where tokens, secrets and Authorization headers can appear in objects we log. pino's redact has no deep
// wildcard, so these list the realistic shapes: top level, one and two levels down, request/response/error
// wrappers (ours, undici's, the Webex SDK's) and both header spellings.

const SECRET_KEYS = [
  'token',
  'accessToken',
  'access_token',
  'botToken',
  'adminToken',
  'secret',
  'webhookSecret',
  'clientSecret',
  'password',
  'authorization',
  'Authorization',
];

const HEADER_KEYS = [
  'authorization',
  'Authorization',
  'cookie',
  '"x-spark-signature"',
  '"X-Spark-Signature"',
];

const HEADER_HOLDERS = [
  'headers',
  'req.headers',
  'request.headers',
  'res.headers',
  'options.headers',
  'config.headers',
  'err.headers',
  'err.request.headers',
  'err.options.headers',
  'err.config.headers',
  'err.cause.headers',
  'error.request.headers',
  'error.options.headers',
];

const key = (k: string) => (k.startsWith('"') ? `[${k}]` : `.${k}`);

export const REDACT_PATHS: readonly string[] = [
  ...SECRET_KEYS.flatMap((k) => [k, `*${key(k)}`, `*.*${key(k)}`, `*.*.*${key(k)}`]),
  ...HEADER_HOLDERS.flatMap((holder) =>
    HEADER_KEYS.flatMap((h) => [`${holder}${key(h)}`, `*.${holder}${key(h)}`]),
  ),
  'config.botToken',
  'config.adminToken',
  'config.webhookSecret',
  'config.emulator.botToken',
  'config.emulator.adminToken',
];

export const REDACT_CENSOR = '[redacted]';
