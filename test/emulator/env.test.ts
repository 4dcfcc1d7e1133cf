// `npm run emulator` settings: EMULATOR_PORT and the demo tokens, blank meaning unset.
import { describe, expect, it } from 'vitest';
import { emulatorEnv } from '../../src/emulator/env.js';
import { DEMO_ADMIN_TOKEN, DEMO_BOT_TOKEN } from '../../src/emulator/index.js';

describe('emulatorEnv', () => {
  it('defaults to port 4010 and the demo tokens when unset or blank', () => {
    const defaults = { port: 4010, botToken: DEMO_BOT_TOKEN, adminToken: DEMO_ADMIN_TOKEN };
    expect(emulatorEnv({})).toEqual(defaults);
    expect(
      emulatorEnv({ EMULATOR_PORT: '  ', EMULATOR_BOT_TOKEN: ' ', EMULATOR_ADMIN_TOKEN: '\t\n' }),
    ).toEqual(defaults);
  });

  it('reads a trimmed port from 0 to 65535 and trimmed tokens', () => {
    expect(emulatorEnv({ EMULATOR_PORT: ' 0 ' }).port).toBe(0);
    expect(emulatorEnv({ EMULATOR_PORT: '65535' }).port).toBe(65535);
    expect(emulatorEnv({ EMULATOR_BOT_TOKEN: ' bot ', EMULATOR_ADMIN_TOKEN: 'admin' })).toMatchObject({
      botToken: 'bot',
      adminToken: 'admin',
    });
  });

  it('refuses a port that is not 1-5 digits up to 65535', () => {
    for (const port of ['65536', '-1', '1e3', '0x10', '4010.0', '123456', 'abc']) {
      expect(() => emulatorEnv({ EMULATOR_PORT: port }), port).toThrow(/EMULATOR_PORT/);
    }
  });
});
