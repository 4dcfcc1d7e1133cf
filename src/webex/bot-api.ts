// Bot-token API: who the bot is, messages, card submissions, webhooks. No telephony: the type has no `paging`,
// so paging calls cannot be made with the bot's client.
import { createWebexClient, type WebexClientOptions } from './client.js';
import { peopleCalls } from './people.js';
import type { AdminToken } from './tokens.js';
import type { AttachmentAction, Message, MessageCreate, Person, Webhook, WebhookCreate } from './types.js';

export interface BotApi {
  people: {
    me(): Promise<Person>;
    byIds(ids: readonly string[]): Promise<Person[]>;
    byEmail(email: string): Promise<Person[]>;
  };
  messages: {
    create(body: MessageCreate): Promise<Message>;
    get(id: string): Promise<Message>;
    delete(id: string): Promise<void>;
  };
  attachmentActions: { get(id: string): Promise<AttachmentAction> };
  webhooks: {
    list(): Promise<Webhook[]>;
    create(body: WebhookCreate): Promise<Webhook>;
    delete(id: string): Promise<void>;
  };
  close(): Promise<void>;
}

/** Compile-time guard: the admin token must not post as the bot. */
type NotAdminToken<T extends string> = T extends AdminToken ? never : T;

export interface BotApiOptions<T extends string = string> extends Omit<WebexClientOptions, 'token'> {
  token: NotAdminToken<T>;
}

export function createBotApi<T extends string>(opts: BotApiOptions<T>): BotApi {
  const client = createWebexClient(opts);
  const { byIds, byEmail } = peopleCalls(client);
  const get = async <R>(path: string) => (await client.request<R>({ method: 'GET', path })).data;
  const del = async (path: string) => {
    await client.request({ method: 'DELETE', path });
  };

  return {
    people: { me: () => get<Person>('/people/me'), byIds, byEmail },
    messages: {
      create: async (body) =>
        (await client.request<Message>({ method: 'POST', path: '/messages', body })).data,
      get: (id) => get<Message>(`/messages/${encodeURIComponent(id)}`),
      delete: (id) => del(`/messages/${encodeURIComponent(id)}`),
    },
    attachmentActions: {
      get: (id) => get<AttachmentAction>(`/attachment/actions/${encodeURIComponent(id)}`),
    },
    webhooks: {
      list: () => client.paginate<Webhook>({ path: '/webhooks', itemsKey: 'items' }),
      create: async (body) =>
        (await client.request<Webhook>({ method: 'POST', path: '/webhooks', body })).data,
      delete: (id) => del(`/webhooks/${encodeURIComponent(id)}`),
    },
    close: client.close,
  };
}
