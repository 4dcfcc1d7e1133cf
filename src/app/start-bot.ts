import type { Express } from 'express';
import type { Logger } from 'pino';
import { AccessPolicy } from '../bot/access.js';
import { type Bot, createBot } from '../bot/bot.js';
import { PagingDirectory } from '../paging/directory.js';
import { FrameworkReceiver } from '../transport/framework-receiver.js';
import { createHttpApp, listen, type RunningServer } from '../transport/http-server.js';
import { loadFramework } from '../transport/load-framework.js';
import { webhookRoute } from '../transport/webhook-route.js';
import { createAdminApi, createBotApi } from '../webex/index.js';
import type { AdminToken, BotToken } from '../webex/tokens.js';
import { WebexMessenger } from './webex-messenger.js';

export interface BotSettings {
  botToken: BotToken;
  adminToken: AdminToken;
  apiUrl: string;
  orgId?: string;
  /**
   * Set: webhook mode (then `webhookSecret` is required). Unset: the framework's websocket mode. A function gets
   * the bound server, for local runs on a port chosen at start (sandbox, tests).
   */
  webhookUrl?: string | ((server: RunningServer) => string);
  webhookSecret?: string;
  port: number;
  host: string;
  allowedDomains: string[];
  allowedEmails: string[];
}

export interface RunningBot {
  url: string;
  server: RunningServer;
  bot: Bot;
  receiver: FrameworkReceiver;
  /** Waits for handlers in flight to finish (tests, graceful shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Wires the layers together: HTTP transport → framework receiver → bot (commands, card actions) → paging directory →
 * Webex client. Telephony reads use the admin token only; replies use the bot token.
 */
export async function startBot(
  settings: BotSettings,
  deps: { logger: Logger; mount?: (app: Express) => void },
): Promise<RunningBot> {
  const { logger } = deps;
  if (settings.webhookUrl && !settings.webhookSecret) {
    throw new Error('A webhook secret is required in webhook mode: unsigned webhooks are refused.');
  }
  const adminApi = createAdminApi({
    baseUrl: settings.apiUrl,
    token: settings.adminToken,
    orgId: settings.orgId,
    logger,
  });
  const botApi = createBotApi({ baseUrl: settings.apiUrl, token: settings.botToken, logger });
  const closeApis = () => Promise.allSettled([adminApi.close(), botApi.close()]);

  let receiver: FrameworkReceiver | undefined;
  const app = createHttpApp({ isReady: () => receiver?.ready ?? false, mount: deps.mount });
  // Listen before the webhooks exist: Webex may deliver as soon as they are created.
  const server = await listen(app, settings.port, settings.host);
  try {
    const webhookUrl =
      typeof settings.webhookUrl === 'function' ? settings.webhookUrl(server) : settings.webhookUrl;
    const mode = webhookUrl ? 'webhook' : 'websocket';
    const Framework = await loadFramework(settings.apiUrl);
    const framework = new Framework({
      token: settings.botToken,
      webhookUrl,
      webhookSecret: settings.webhookSecret,
      // The default deletes every webhook of the token, other deployments' too (framework-notes.md).
      removeWebhooksOnStart: false,
      // Spaces are discovered on their first event instead of one GET per space at start.
      maxStartupSpaces: 0,
      messageFormat: 'markdown',
    });
    const started = new FrameworkReceiver({ framework, mode, logger });
    receiver = started;

    const bot = createBot({
      directory: new PagingDirectory(adminApi),
      messenger: new WebexMessenger(botApi.messages),
      access: new AccessPolicy({
        allowedDomains: settings.allowedDomains,
        allowedEmails: settings.allowedEmails,
      }),
      logger,
      self: () => started.self,
    });
    started.listen({ message: bot.handleMessage, action: bot.handleAction });

    if (webhookUrl && settings.webhookSecret) {
      const processEvent = (await import('webex-node-bot-framework/lib/process-event.js')).default;
      app.post(
        new URL(webhookUrl).pathname,
        ...webhookRoute({
          secret: settings.webhookSecret,
          logger,
          isReady: () => started.ready,
          selfId: () => (started.ready ? started.self.id : undefined),
          // The framework's own route re-checks the signature over re-serialised JSON and drops valid
          // deliveries; the envelope was verified over its raw bytes here, so go straight to its dispatcher.
          dispatch: (envelope) => started.track('webhook', () => processEvent(framework, envelope)),
        }),
      );
    }
    await started.start();
    logger.info({ url: server.url, mode }, 'bot ready');

    return {
      url: server.url,
      server,
      bot,
      receiver: started,
      idle: () => started.idle(),
      stop: async () => {
        await started.stop().catch((err: unknown) => logger.warn({ err }, 'framework stop failed'));
        await server.close();
        await closeApis();
      },
    };
  } catch (err) {
    await server.close();
    await closeApis();
    throw err;
  }
}
