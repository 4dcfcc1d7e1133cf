import type { Messenger, OutgoingMessage } from '../bot/types.js';
import type { Message, MessageCreate } from '../webex/types.js';

/** The slice of the bot-token messages API the messenger needs. */
export interface MessagesApi {
  create(body: MessageCreate): Promise<Message>;
  get(id: string): Promise<Message>;
}

/**
 * Sends the bot's replies with the project's own Webex client (it retries 429s, which the framework's SDK does
 * not) and remembers the thread root of recent messages so card replies need no extra GET.
 */
export class WebexMessenger implements Messenger {
  private readonly roots = new Map<string, string | undefined>();

  constructor(
    private readonly messages: MessagesApi,
    private readonly remember = 2000,
  ) {}

  async send(
    target: { roomId: string; parentId?: string },
    message: OutgoingMessage,
  ): Promise<{ id: string }> {
    const body: MessageCreate = { roomId: target.roomId, markdown: message.markdown };
    if (target.parentId) body.parentId = target.parentId;
    if (message.card) {
      body.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }];
    }
    const sent = await this.messages.create(body);
    this.note(sent.id, sent.parentId);
    return { id: sent.id };
  }

  async threadRootOf(messageId: string): Promise<string | undefined> {
    if (this.roots.has(messageId)) return this.roots.get(messageId);
    const message = await this.messages.get(messageId);
    this.note(message.id, message.parentId);
    return message.parentId;
  }

  private note(id: string, parentId: string | undefined): void {
    this.roots.set(id, parentId);
    if (this.roots.size > this.remember) {
      const oldest = this.roots.keys().next().value;
      if (oldest !== undefined) this.roots.delete(oldest);
    }
  }
}
