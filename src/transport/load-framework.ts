import type FrameworkClass from 'webex-node-bot-framework';
import { DEFAULT_API_URL } from '../config/config.js';

let loadedFor: string | undefined;

/**
 * Imports the framework pointed at `apiUrl`. The Webex SDK reads HYDRA_SERVICE_URL and U2C_SERVICE_URL once, when it
 * is first loaded (framework-notes.md), so they are set here before the first import, and a second call for another
 * URL in the same process is refused instead of silently talking to the first one.
 */
export async function loadFramework(apiUrl: string): Promise<typeof FrameworkClass> {
  const base = apiUrl.replace(/\/+$/, '');
  if (loadedFor !== undefined && loadedFor !== base) {
    throw new Error(
      `The Webex framework is already loaded for ${loadedFor}; it cannot switch to ${base} in one process.`,
    );
  }
  if (loadedFor === undefined) {
    if (base !== DEFAULT_API_URL) {
      process.env.HYDRA_SERVICE_URL = base;
      process.env.U2C_SERVICE_URL = `${new URL(base).origin}/u2c/api/v1`;
    }
    // The SDK's `request` honours HTTP(S)_PROXY even for loopback; keep local emulator traffic local.
    const noProxy = new Set((process.env.NO_PROXY ?? '').split(',').filter(Boolean));
    for (const host of ['127.0.0.1', 'localhost']) noProxy.add(host);
    process.env.NO_PROXY = [...noProxy].join(',');
    process.env.WEBEX_LOG_LEVEL ??= 'error';
    loadedFor = base;
  }
  const module = await import('webex-node-bot-framework');
  return module.default;
}
