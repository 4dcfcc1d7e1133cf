import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { startBot } from '../app/start-bot.js';
import type { Config } from '../config/config.js';
import { startEmulator } from '../emulator/index.js';
import { asAdminToken, asBotToken } from '../webex/tokens.js';
import { mountSandboxPage } from './page.js';

export interface RunningSandbox {
  url: string;
  emulatorUrl: string;
  stop(): Promise<void>;
}

/**
 * `npm start` without credentials: the Webex emulator with its demo organisation, the real bot in webhook mode
 * against it (with a secret generated for this run), and the chat page, all on 127.0.0.1.
 */
export async function startSandbox(config: Config, logger: Logger): Promise<RunningSandbox> {
  const emulator = await startEmulator({
    port: config.emulator.port,
    botToken: config.emulator.botToken,
    adminToken: config.emulator.adminToken,
    logger: logger.child({ component: 'emulator' }),
  });
  try {
    const bot = await startBot(
      {
        botToken: asBotToken(emulator.botToken),
        adminToken: asAdminToken(emulator.adminToken),
        apiUrl: emulator.apiUrl,
        webhookUrl: (server) => `${server.url}/webhook`,
        webhookSecret: randomBytes(24).toString('hex'),
        port: config.port,
        host: '127.0.0.1',
        allowedDomains: config.allowedDomains,
        allowedEmails: config.allowedEmails,
      },
      { logger, mount: (app) => mountSandboxPage(app, { emulatorUrl: emulator.url }) },
    );
    logger.info({ url: bot.url, emulator: emulator.apiUrl }, 'sandbox ready');
    console.log(
      `\n  Sandbox ready: open ${bot.url}/ to chat with the bot (Webex emulator at ${emulator.apiUrl})\n`,
    );
    return {
      url: bot.url,
      emulatorUrl: emulator.url,
      stop: async () => {
        // The emulator is closed even when the bot fails to stop, so its port is never left open.
        try {
          await bot.stop();
        } finally {
          await emulator.close();
        }
      },
    };
  } catch (err) {
    await emulator.close();
    throw err;
  }
}
