// startSandbox's stop(): the emulator is closed even when the bot fails to stop.
import { describe, expect, it, vi } from 'vitest';
import { startTestSandbox } from './sandbox-driver.js';

vi.mock('../../src/app/start-bot.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/start-bot.js')>();
  return {
    ...original,
    startBot: async (...args: Parameters<typeof original.startBot>) => {
      const bot = await original.startBot(...args);
      return {
        ...bot,
        stop: async () => {
          await bot.stop();
          throw new Error('the bot did not stop cleanly');
        },
      };
    },
  };
});

describe('startSandbox', () => {
  it('closes the emulator when the bot fails to stop', async () => {
    const sandbox = await startTestSandbox({ LOG_LEVEL: 'silent' });
    expect((await fetch(`${sandbox.emulatorUrl}/_emulator/users`)).status).toBe(200);
    await expect(sandbox.stop()).rejects.toThrow('the bot did not stop cleanly');
    await expect(fetch(`${sandbox.emulatorUrl}/_emulator/users`)).rejects.toThrow();
  });
});
