// Entry point: `npm start`. With WEBEX_BOT_TOKEN set it runs the bot against Webex; without, the local sandbox.
import { existsSync } from 'node:fs';
import { startBot } from './app/start-bot.js';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './log/logger.js';
import { startSandbox } from './sandbox/start-sandbox.js';

async function main(): Promise<void> {
  // A .env file (see .env.example) fills in what the environment does not already set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  const running =
    config.mode === 'sandbox'
      ? await startSandbox(config, logger)
      : await startBot(
          {
            botToken: config.botToken,
            adminToken: config.adminToken,
            apiUrl: config.apiUrl,
            orgId: config.orgId,
            webhookUrl: config.webhookUrl,
            webhookSecret: config.webhookSecret,
            port: config.port,
            host: config.host,
            allowedDomains: config.allowedDomains,
            allowedEmails: config.allowedEmails,
          },
          { logger },
        );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130); // a second Ctrl-C forces the exit
    stopping = true;
    logger.info({ signal }, 'stopping');
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('webex-paging-bot could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
