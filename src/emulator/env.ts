// What `npm run emulator` reads from the environment: EMULATOR_PORT and the two demo tokens. The rules match
// src/config for these variables (blank = unset, values trimmed); src/config itself is not imported because it
// also enforces production rules the emulator does not need.
import { DEMO_ADMIN_TOKEN, DEMO_BOT_TOKEN } from './demo-org.js';

export const DEFAULT_EMULATOR_PORT = 4010;

export interface EmulatorEnv {
  port: number;
  botToken: string;
  adminToken: string;
}

const setting = (value: string | undefined): string | undefined => value?.trim() || undefined;

export function emulatorEnv(env: NodeJS.ProcessEnv = process.env): EmulatorEnv {
  return {
    port: portOf(env.EMULATOR_PORT),
    botToken: setting(env.EMULATOR_BOT_TOKEN) ?? DEMO_BOT_TOKEN,
    adminToken: setting(env.EMULATOR_ADMIN_TOKEN) ?? DEMO_ADMIN_TOKEN,
  };
}

function portOf(raw: string | undefined): number {
  const value = setting(raw);
  if (value === undefined) return DEFAULT_EMULATOR_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new Error(
      `EMULATOR_PORT must be an integer from 0 to 65535 (got ${JSON.stringify(raw)}); default ${DEFAULT_EMULATOR_PORT}.`,
    );
  }
  return Number(value);
}
