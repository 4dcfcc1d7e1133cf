import type { Logger } from 'pino';
import type Framework from 'webex-node-bot-framework';
import type {
  AttachmentActionTrigger,
  FrameworkBot,
  FrameworkPerson,
  FrameworkWebhook,
  MessageTrigger,
} from 'webex-node-bot-framework';
import type { IncomingAction, IncomingMessage, RoomType, Sender } from '../bot/types.js';

export interface FrameworkReceiverOptions {
  framework: Framework;
  /** Webhook mode waits for both webhooks; websocket mode has none. */
  mode: 'webhook' | 'websocket';
  logger: Logger;
  readyTimeoutMs?: number;
}

export interface EventHandlers {
  message(message: IncomingMessage): Promise<void>;
  action(action: IncomingAction): Promise<void>;
}

/**
 * The boundary with webex-node-bot-framework: starts it safely, knows when it is really ready, and turns its
 * triggers into the bot's own event types. Every handler runs wrapped and tracked, so a failure is logged and
 * never becomes an unhandled rejection, and `stop()` can wait for work in flight.
 */
export class FrameworkReceiver {
  private readonly framework: Framework;
  private readonly inFlight = new Set<Promise<void>>();
  private isReady = false;

  constructor(private readonly opts: FrameworkReceiverOptions) {
    this.framework = opts.framework;
  }

  get ready(): boolean {
    return this.isReady;
  }

  get self(): { id: string; displayName: string; email: string } {
    const person = this.framework.person;
    return { id: person.id, displayName: person.displayName ?? '', email: this.framework.email };
  }

  listen(handlers: EventHandlers): void {
    this.framework.on('message', (bot: FrameworkBot, trigger: MessageTrigger) => {
      this.track('message', () => handlers.message(toIncomingMessage(bot, trigger)));
    });
    this.framework.on('attachmentAction', (bot: FrameworkBot, trigger: AttachmentActionTrigger) => {
      this.track('attachmentAction', () => handlers.action(toIncomingAction(bot, trigger)));
    });
    this.framework.on('log', (line: unknown) => this.opts.logger.debug({ framework: line }, 'framework log'));
  }

  /** Starts the framework and resolves only when it can receive events (start() alone resolves too early). */
  async start(): Promise<void> {
    const initialized = new Promise<void>((resolve) => {
      if (this.framework.initialized) resolve();
      else this.framework.once('initialized', () => resolve());
    });
    await this.framework.start();
    await initialized;
    if (this.opts.mode === 'webhook') await this.waitForWebhooks();
    this.isReady = true;
    this.opts.logger.info({ mode: this.opts.mode }, 'framework ready');
  }

  async stop(): Promise<void> {
    this.isReady = false;
    await this.idle();
    await this.framework.stop();
  }

  /** Resolves when every handler started so far has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Runs work on behalf of the framework, tracked and never rejecting. */
  track(what: string, work: () => Promise<unknown>): Promise<void> {
    const run = (async () => {
      try {
        await work();
      } catch (err) {
        this.opts.logger.error({ err, what }, 'event handling failed');
      }
    })();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  private async waitForWebhooks(): Promise<void> {
    const deadline = Date.now() + (this.opts.readyTimeoutMs ?? 30_000);
    for (;;) {
      const { webhook, cardsWebhook } = this.framework;
      if (webhook === false) {
        throw new Error(
          'The framework could not register its webhook (see the log above); the bot would be deaf.',
        );
      }
      if (hasId(webhook) && hasId(cardsWebhook)) return;
      if (Date.now() > deadline) {
        throw new Error('Timed out waiting for the framework to register its webhooks.');
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function hasId(webhook: FrameworkWebhook | Record<string, never> | false): webhook is FrameworkWebhook {
  return typeof webhook === 'object' && typeof (webhook as FrameworkWebhook).id === 'string';
}

function toSender(person: FrameworkPerson | undefined, fallbackId: string, fallbackEmail?: string): Sender {
  const email = person?.emails?.[0] ?? fallbackEmail ?? '';
  return { id: person?.id ?? fallbackId, email, displayName: person?.displayName ?? email };
}

function roomTypeOf(bot: FrameworkBot, hint?: RoomType): RoomType | undefined {
  if (hint) return hint;
  if (bot.room?.type) return bot.room.type;
  if (bot.isDirect) return 'direct';
  if (bot.isGroup) return 'group';
  return undefined;
}

export function toIncomingMessage(bot: FrameworkBot, trigger: MessageTrigger): IncomingMessage {
  const message = trigger.message;
  return {
    id: message.id,
    roomId: message.roomId,
    roomType: roomTypeOf(bot, message.roomType) ?? 'group',
    parentId: message.parentId,
    text: message.text ?? trigger.text ?? '',
    html: message.html,
    sender: toSender(trigger.person, message.personId, message.personEmail),
  };
}

export function toIncomingAction(bot: FrameworkBot, trigger: AttachmentActionTrigger): IncomingAction {
  const action = trigger.attachmentAction;
  return {
    id: action.id,
    messageId: action.messageId,
    roomId: action.roomId,
    roomType: roomTypeOf(bot),
    inputs: action.inputs && typeof action.inputs === 'object' ? action.inputs : {},
    sender: toSender(trigger.person, action.personId),
  };
}
