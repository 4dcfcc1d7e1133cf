// End-to-end harness: the Webex emulator + the real bot (real webex-node-bot-framework, webhook mode, signed
// deliveries) on 127.0.0.1, and a person who types and clicks through the emulator's REST API like a Webex client.
import pino from 'pino';
import { type RunningBot, startBot } from '../../src/app/start-bot.js';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/index.js';
import { asAdminToken, asBotToken } from '../../src/webex/tokens.js';
import type { Message } from '../../src/webex/types.js';

export const WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789';

export interface Person {
  id: string;
  email: string;
  token: string;
  displayName: string;
}

export interface Harness {
  emulator: Emulator;
  bot: RunningBot;
  botPerson: Person;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  person(email: string): Person;
  room(key: 'direct-admin' | 'direct-frontdesk' | 'facilities-team'): string;
  /** Posts a message as `from`; in a group space, starts it with the bot's @mention. Returns the message. */
  say(
    from: Person,
    roomId: string,
    text: string,
    opts?: { mention?: boolean; parentId?: string },
  ): Promise<Message>;
  /** Runs `act`, then waits until the bot has posted `count` messages (and no event is still being handled). */
  botReplies(count: number, act: () => Promise<unknown>): Promise<Message[]>;
  /** Runs `act`, waits until deliveries and handlers settle, and returns whatever the bot posted meanwhile. */
  quietly(act: () => Promise<unknown>): Promise<Message[]>;
  /** Clicks an Action.Submit of a card message as `from` (inputs = the action's data merged with input values). */
  click(from: Person, cardMessage: Message, title: RegExp, inputs?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  emulator?: EmulatorOptions;
  allowedDomains?: string[];
  allowedEmails?: string[];
  /** Override the admin token the bot uses (e.g. a non-admin's, to see a 403). */
  adminToken?: (emulator: Emulator) => string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({ port: 0, ...opts.emulator });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const bot = await startBot(
    {
      botToken: asBotToken(emulator.botToken),
      adminToken: asAdminToken(opts.adminToken?.(emulator) ?? emulator.adminToken),
      apiUrl: emulator.apiUrl,
      webhookUrl: (server) => `${server.url}/webhook`,
      webhookSecret: WEBHOOK_SECRET,
      port: 0,
      host: '127.0.0.1',
      allowedDomains: opts.allowedDomains ?? [],
      allowedEmails: opts.allowedEmails ?? [],
    },
    { logger },
  );

  const person = (email: string): Person => {
    const record = emulator.store.personByEmail(email);
    if (!record) throw new Error(`no demo person ${email}`);
    return { id: record.id, email, token: record.token, displayName: record.displayName };
  };
  const botPerson = person('pagingbot@webex.bot');

  const api = async <T>(token: string, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${emulator.apiUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const settle = async () => {
    // Deliveries start handlers, handlers send messages that start deliveries: loop until both are quiet.
    for (let i = 0; i < 3; i++) {
      await emulator.deliveriesSettled();
      await bot.idle();
    }
  };

  const collect = (): { messages: Message[]; stop(): void } => {
    const messages: Message[] = [];
    const onMessage = (message: Message) => {
      if (message.personId === botPerson.id) messages.push(message);
    };
    emulator.events.on('message', onMessage);
    return { messages, stop: () => emulator.events.off('message', onMessage) };
  };

  return {
    emulator,
    bot,
    botPerson,
    logs,
    person,
    room: (key) => {
      const id = emulator.store.keys.rooms[key];
      if (!id) throw new Error(`no demo room ${key}`);
      return id;
    },
    say: (from, roomId, text, sayOpts = {}) => {
      const markdown = sayOpts.mention
        ? `<@personId:${botPerson.id}|${botPerson.displayName}> ${text}`
        : text;
      return api<Message>(from.token, 'POST', '/messages', {
        roomId,
        markdown,
        ...(sayOpts.parentId ? { parentId: sayOpts.parentId } : {}),
      });
    },
    botReplies: async (count, act) => {
      const seen = collect();
      try {
        await act();
        const deadline = Date.now() + 15_000;
        while (seen.messages.length < count) {
          if (Date.now() > deadline) {
            throw new Error(
              `expected ${count} bot message(s), got ${seen.messages.length}: ${JSON.stringify(seen.messages.map((m) => m.markdown))}`,
            );
          }
          await new Promise((r) => setTimeout(r, 20));
        }
        await settle();
        return [...seen.messages];
      } finally {
        seen.stop();
      }
    },
    quietly: async (act) => {
      const seen = collect();
      try {
        await act();
        await settle();
        return [...seen.messages];
      } finally {
        seen.stop();
      }
    },
    click: async (from, cardMessage, title, inputs = {}) => {
      const card = cardMessage.attachments?.[0]?.content;
      if (!card) throw new Error('that message has no card');
      const actions = submitActions(card);
      const action = actions.find((a) => title.test(a.title));
      if (!action) throw new Error(`no button ${title} among ${actions.map((a) => a.title).join(', ')}`);
      await api(from.token, 'POST', '/attachment/actions', {
        type: 'submit',
        messageId: cardMessage.id,
        inputs: { ...defaultInputs(card), ...action.data, ...inputs },
      });
    },
    close: async () => {
      await bot.stop();
      await emulator.close();
    },
  };
}

interface SubmitAction {
  title: string;
  data: Record<string, unknown>;
}

/** Visits every object in a card's JSON (body, actions, ActionSets, ShowCards, facts), in document order. */
function walkCard(node: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walkCard(item, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  visit(record);
  for (const child of Object.values(record)) walkCard(child, visit);
}

/** Every Action.Submit in a card. */
export function submitActions(card: unknown): SubmitAction[] {
  const found: SubmitAction[] = [];
  walkCard(card, (record) => {
    if (record.type === 'Action.Submit') {
      found.push({ title: String(record.title ?? ''), data: (record.data ?? {}) as Record<string, unknown> });
    }
  });
  return found;
}

/** The values a client submits for untouched inputs: each Input's `value`. */
function defaultInputs(card: unknown): Record<string, string> {
  const inputs: Record<string, string> = {};
  walkCard(card, (record) => {
    if (
      typeof record.type === 'string' &&
      record.type.startsWith('Input.') &&
      typeof record.id === 'string'
    ) {
      inputs[record.id] = typeof record.value === 'string' ? record.value : '';
    }
  });
  return inputs;
}

/** Markdown with its backslash escapes removed: the characters a person sees. */
export function visible(markdown: string | undefined): string {
  return (markdown ?? '').replace(/\\([\\`*_{}[\]()#+\-.!|<>:~&@"'=$%/])/g, '$1');
}

/** All the text a card shows (TextBlocks, facts, choices); escapes removed unless `raw` (the markdown as sent). */
export function cardText(message: Message, opts: { raw?: boolean } = {}): string {
  const parts: string[] = [];
  walkCard(message.attachments?.[0]?.content, (record) => {
    for (const key of ['text', 'title', 'value']) {
      if (typeof record[key] === 'string') parts.push(record[key] as string);
    }
  });
  const text = parts.join('\n');
  return opts.raw ? text : visible(text);
}
