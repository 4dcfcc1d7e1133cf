// `npm run emulator`: serve the Webex emulator on 127.0.0.1 (EMULATOR_PORT, default 4010) until SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { createLogger } from '../log/logger.js';
import { emulatorEnv } from './env.js';
import { DEMO_ADMIN_TOKEN, DEMO_BOT_TOKEN, startEmulator } from './index.js';

// Same .env as `npm start` (see .env.example); the environment wins over the file.
if (existsSync('.env')) process.loadEnvFile('.env');

const logger = createLogger({
  level: process.env.LOG_LEVEL?.trim() || 'info',
  base: { app: 'webex-emulator' },
});

async function main(): Promise<void> {
  const { port, botToken, adminToken } = emulatorEnv();
  const emulator = await startEmulator({
    port,
    host: '127.0.0.1',
    botToken,
    adminToken,
    logger,
  });

  // Only the demo tokens are printed in full; tokens given through the environment are named, never shown.
  const describe = (token: string, demo: string, name: string) =>
    token === demo ? `${name}=${demo}` : `${name}=(from environment)`;
  process.stdout.write(
    [
      `Webex emulator: ${emulator.apiUrl}`,
      `  HYDRA_SERVICE_URL=${emulator.apiUrl}`,
      `  U2C_SERVICE_URL=${emulator.u2cUrl}`,
      `  bot token:   ${describe(botToken, DEMO_BOT_TOKEN, 'DEMO_BOT_TOKEN')}`,
      `  admin token: ${describe(adminToken, DEMO_ADMIN_TOKEN, 'DEMO_ADMIN_TOKEN')}`,
      `  demo users:  ${emulator.url}/_emulator/users`,
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping webex emulator');
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  logger.error({ err }, 'webex emulator failed to start');
  process.exit(1);
});
