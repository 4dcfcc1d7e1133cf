import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, usesWebsocket } from '../../src/config/config.js';

const BOT = 'bot-token-value-AAAAAAAAAAAAAAAAAAAA';
const ADMIN = 'admin-token-value-BBBBBBBBBBBBBBBBBB';
const SECRET = 'webhook-secret-value-CCCCCCCCCC';

function problemsOf(env: NodeJS.ProcessEnv): { error: ConfigError; problems: readonly string[] } {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return { error: err, problems: err.problems };
    throw err;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('sandbox mode needs nothing and applies defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      mode: 'sandbox',
      apiUrl: 'https://webexapis.com/v1',
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      allowedDomains: [],
      allowedEmails: [],
      emulator: { port: 4010 },
    });
  });

  it('treats blank variables as unset', () => {
    const config = loadConfig({ WEBEX_BOT_TOKEN: '  ', PORT: '', LOG_LEVEL: ' ', WEBHOOK_URL: '' });
    expect(config.mode).toBe('sandbox');
    expect(config.port).toBe(3000);
    expect(config.webhookUrl).toBeUndefined();
  });

  it('production webhook mode parses every variable', () => {
    const config = loadConfig({
      WEBEX_BOT_TOKEN: BOT,
      WEBEX_ADMIN_TOKEN: ADMIN,
      WEBEX_API_URL: 'http://127.0.0.1:4010/v1///',
      WEBEX_ORG_ID: 'org-1',
      WEBHOOK_URL: 'https://bot.example.com/webhook',
      WEBHOOK_SECRET: SECRET,
      PORT: '0',
      LOG_LEVEL: 'DEBUG',
      ALLOWED_DOMAINS: ' Example.com, ,sub.Example.org ',
      ALLOWED_EMAILS: 'Alice@Example.com',
      EMULATOR_PORT: '4999',
      EMULATOR_BOT_TOKEN: 'emu-bot',
      EMULATOR_ADMIN_TOKEN: 'emu-admin',
    });
    expect(config).toEqual({
      mode: 'production',
      botToken: BOT,
      adminToken: ADMIN,
      apiUrl: 'http://127.0.0.1:4010/v1',
      orgId: 'org-1',
      webhookUrl: 'https://bot.example.com/webhook',
      webhookSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'debug',
      allowedDomains: ['example.com', 'sub.example.org'],
      allowedEmails: ['alice@example.com'],
      emulator: { port: 4999, botToken: 'emu-bot', adminToken: 'emu-admin' },
    });
    expect(usesWebsocket(config)).toBe(false);
  });

  it('production without WEBHOOK_URL is websocket mode and needs no secret', () => {
    const config = loadConfig({ WEBEX_BOT_TOKEN: BOT, WEBEX_ADMIN_TOKEN: ADMIN });
    expect(config.mode).toBe('production');
    expect(usesWebsocket(config)).toBe(true);
  });

  it('lists every problem at once, naming each variable, without secret values', () => {
    const { error, problems } = problemsOf({
      WEBEX_BOT_TOKEN: BOT,
      WEBEX_API_URL: 'ftp://example.com',
      WEBHOOK_URL: 'not a url',
      PORT: '70000',
      LOG_LEVEL: 'loud',
      EMULATOR_PORT: '-1',
      ALLOWED_DOMAINS: 'example.com,bad domain',
      ALLOWED_EMAILS: 'nobody',
    });
    const mentioned = (name: string) => problems.some((p) => p.startsWith(name));
    for (const name of [
      'WEBEX_API_URL',
      'WEBHOOK_URL',
      'PORT',
      'LOG_LEVEL',
      'EMULATOR_PORT',
      'ALLOWED_DOMAINS',
      'ALLOWED_EMAILS',
      'WEBEX_ADMIN_TOKEN',
      'WEBHOOK_SECRET',
    ]) {
      expect(mentioned(name), `${name} should be reported`).toBe(true);
    }
    expect(problems).toHaveLength(9);
    expect(error.message).toContain('Invalid configuration (9 problems)');
    expect(error.message).toContain('spark-admin:telephony_config_read');
    for (const p of problems) expect(error.message).toContain(p);
    expect(error.message).not.toContain(BOT);
  });

  it('never echoes token or secret values', () => {
    const shortSecret = 'tooShortSecret!';
    const { error } = problemsOf({
      WEBEX_BOT_TOKEN: `Bearer ${BOT}`,
      WEBEX_ADMIN_TOKEN: `${ADMIN} trailing`,
      WEBHOOK_URL: 'https://bot.example.com/webhook',
      WEBHOOK_SECRET: shortSecret,
    });
    expect(error.problems).toEqual([
      expect.stringMatching(/^WEBEX_BOT_TOKEN starts with "Bearer "/),
      expect.stringMatching(/^WEBEX_ADMIN_TOKEN contains whitespace/),
      expect.stringMatching(/^WEBHOOK_SECRET is too short/),
    ]);
    const everything = `${error.message}\n${JSON.stringify(error)}\n${error.stack}`;
    for (const secret of [BOT, ADMIN, shortSecret]) expect(everything).not.toContain(secret);
  });

  it('refuses the bot token as admin token', () => {
    const { problems } = problemsOf({ WEBEX_BOT_TOKEN: BOT, WEBEX_ADMIN_TOKEN: BOT });
    expect(problems).toEqual([expect.stringMatching(/^WEBEX_ADMIN_TOKEN must differ from WEBEX_BOT_TOKEN/)]);
    expect(problems.join()).not.toContain(BOT);
  });

  it('requires WEBHOOK_SECRET with WEBHOOK_URL', () => {
    const { problems } = problemsOf({
      WEBEX_BOT_TOKEN: BOT,
      WEBEX_ADMIN_TOKEN: ADMIN,
      WEBHOOK_URL: 'https://bot.example.com/webhook',
    });
    expect(problems).toEqual([expect.stringMatching(/^WEBHOOK_SECRET is required when WEBHOOK_URL is set/)]);
  });

  it('HOST sets the bind address and is validated', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ HOST: 'bot-host.internal' }).host).toBe('bot-host.internal');
    expect(problemsOf({ HOST: 'not a host!' }).problems.join('\n')).toMatch(/^HOST must be an IP address/m);
  });

  it('still validates optional variables in sandbox mode', () => {
    const { problems } = problemsOf({ PORT: 'abc' });
    expect(problems).toEqual(['PORT must be an integer from 0 to 65535 (got "abc"); default 3000.']);
  });
});
