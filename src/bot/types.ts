import type { Logger } from 'pino';
import type { PagingDirectory } from '../paging/directory.js';

/** Who sent a message or clicked a card, as the People API reports them (not as the webhook claims). */
export interface Sender {
  id: string;
  email: string;
  displayName: string;
}

export type RoomType = 'direct' | 'group';

export interface IncomingMessage {
  id: string;
  roomId: string;
  roomType: RoomType;
  parentId?: string;
  /** Plain text as Webex returns it; in group spaces it starts with the bot's mention. */
  text: string;
  html?: string;
  sender: Sender;
}

export interface IncomingAction {
  id: string;
  /** The message that carries the clicked card. */
  messageId: string;
  roomId: string;
  roomType?: RoomType;
  inputs: Record<string, unknown>;
  sender: Sender;
}

/** One reply: markdown always (the fallback Webex shows when a card cannot render), a card when there is one. */
export interface OutgoingMessage {
  markdown: string;
  card?: Record<string, unknown>;
}

/** Where the bot's replies go: the Webex messages API in production, anything that records them in tests. */
export interface Messenger {
  send(target: { roomId: string; parentId?: string }, message: OutgoingMessage): Promise<{ id: string }>;
  /** The thread root of a message (its parentId), or undefined when it is a root itself. */
  threadRootOf(messageId: string): Promise<string | undefined>;
}

/** The argument bag every command and card-action handler receives (one object, like bolt-js). */
export interface HandlerContext {
  sender: Sender;
  /** Reply in the right place (threaded where it helps). */
  reply(message: OutgoingMessage): Promise<void>;
  directory: PagingDirectory;
  log: Logger;
}

export interface CommandContext extends HandlerContext {
  /** Named groups captured by the command's pattern, trimmed. */
  args: Record<string, string | undefined>;
}
