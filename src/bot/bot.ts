import type { Logger } from 'pino';
import { parseCardAction } from '../cards/action-data.js';
import { errorCard, hintCard } from '../cards/index.js';
import type { PagingDirectory } from '../paging/directory.js';
import { ACCESS_REFUSED, type AccessPolicy } from './access.js';
import { runCardAction } from './card-actions.js';
import { buildCommands } from './commands.js';
import { describeFailure } from './failures.js';
import { MAX_COMMAND_LENGTH, mentionTextFor, normalizeCommand } from './normalize.js';
import type { CommandRegistry } from './registry.js';
import type { HandlerContext, IncomingAction, IncomingMessage, Messenger, OutgoingMessage } from './types.js';

export interface BotOptions {
  directory: PagingDirectory;
  messenger: Messenger;
  access: AccessPolicy;
  logger: Logger;
  /** The bot's own person id and display name (from GET /people/me), known once the framework has started. */
  self: () => { id: string; displayName: string };
}

export interface Bot {
  readonly commands: CommandRegistry;
  handleMessage(message: IncomingMessage): Promise<void>;
  handleAction(action: IncomingAction): Promise<void>;
}

/**
 * The bot's brain, independent of how events arrive: routes a message to a command or a card click to its
 * action, checks access first, and turns every failure into a reply (handlers never throw out of here).
 */
export function createBot(opts: BotOptions): Bot {
  const commands = buildCommands();
  const { messenger, access } = opts;

  async function handleMessage(message: IncomingMessage): Promise<void> {
    const self = opts.self();
    if (message.sender.id === self.id) return;
    // Group spaces: reply in a thread under the command; direct spaces: plainly, unless the command was in a thread.
    const parentId = message.parentId ?? (message.roomType === 'group' ? message.id : undefined);
    const log = opts.logger.child({ messageId: message.id, roomType: message.roomType });
    const ctx = context(message.roomId, parentId, message.sender, log);

    if (!access.allows(message.sender.email)) {
      log.info('access refused for a command');
      await safeReply(ctx, { markdown: ACCESS_REFUSED });
      return;
    }
    const mention =
      message.roomType === 'group' ? (mentionTextFor(message.html, self.id) ?? self.displayName) : undefined;
    const line = normalizeCommand(message.text, mention);
    if (!line.ok) {
      await safeReply(ctx, hintFor(line.reason));
      return;
    }
    const match = commands.match(line.text);
    if (!match) {
      await safeReply(ctx, hintCard({ text: line.text }));
      return;
    }
    const commandLog = log.child({ command: match.command.name });
    await guarded({ ...ctx, log: commandLog }, match.command.name, () =>
      match.command.run({ ...ctx, log: commandLog, args: match.args }),
    );
  }

  async function handleAction(action: IncomingAction): Promise<void> {
    if (action.sender.id === opts.self().id) return;
    const log = opts.logger.child({ actionId: action.id });
    // Replies go under the card; Webex threads are one level deep, so use the card's own root when it is a reply.
    const parentId = (await rootOf(action.messageId, log)) ?? action.messageId;
    const ctx = context(action.roomId, parentId, action.sender, log);

    if (!access.allows(action.sender.email)) {
      log.info('access refused for a card action');
      await safeReply(ctx, { markdown: ACCESS_REFUSED });
      return;
    }
    const parsed = parseCardAction(action.inputs);
    if (!parsed.ok) {
      log.warn({ problem: parsed.problem }, 'card action rejected');
      await safeReply(ctx, {
        markdown: `I could not use that button: ${parsed.problem} Send \`help\` to start again.`,
      });
      return;
    }
    const actionLog = log.child({ action: parsed.action.action });
    await guarded({ ...ctx, log: actionLog }, `card action ${parsed.action.action}`, () =>
      runCardAction({ ...ctx, log: actionLog }, parsed.action, commands),
    );
  }

  function context(
    roomId: string,
    parentId: string | undefined,
    sender: HandlerContext['sender'],
    log: Logger,
  ): HandlerContext {
    return {
      sender,
      directory: opts.directory,
      log,
      reply: async (message) => {
        await messenger.send({ roomId, parentId }, message);
      },
    };
  }

  async function rootOf(messageId: string, log: Logger): Promise<string | undefined> {
    try {
      return await messenger.threadRootOf(messageId);
    } catch (err) {
      log.warn({ err }, 'could not read the card message; replying under it');
      return undefined;
    }
  }

  return { commands, handleMessage, handleAction };
}

/** Runs a handler; a failure is logged with its context and answered in chat, never rethrown. */
async function guarded(ctx: HandlerContext, what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    const failure = describeFailure(err);
    ctx.log.error({ err, what }, 'handler failed');
    await safeReply(ctx, errorCard({ ...failure, command: what }));
  }
}

/** A reply that cannot be delivered is logged, not thrown: there is nobody left to tell. */
async function safeReply(ctx: HandlerContext, message: OutgoingMessage): Promise<void> {
  try {
    await ctx.reply(message);
  } catch (err) {
    ctx.log.error({ err }, 'reply could not be sent');
  }
}

function hintFor(reason: 'empty' | 'too-long' | 'control-chars'): OutgoingMessage {
  switch (reason) {
    case 'empty':
      return hintCard({ text: '' });
    case 'too-long':
      return {
        markdown: `That message is too long for a command (I read at most ${MAX_COMMAND_LENGTH} characters). Send \`help\` to see what I can do.`,
      };
    case 'control-chars':
      return {
        markdown: 'That message contains control characters I cannot read. Send `help` to see what I can do.',
      };
  }
}
