import { EventEmitter } from 'node:events';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type Framework from 'webex-node-bot-framework';
import type { IncomingAction, IncomingMessage } from '../../src/bot/types.js';
import { FrameworkReceiver } from '../../src/transport/framework-receiver.js';

/** Stands in for the framework at its boundary: the same events and fields, no Webex connection. */
class FakeFramework extends EventEmitter {
  active = false;
  initialized = false;
  person = { id: 'BOT', displayName: 'Paging Bot', emails: ['pagingbot@webex.bot'] };
  email = 'pagingbot@webex.bot';
  webhook: object | false = {};
  cardsWebhook: object = {};
  stopped = false;
  constructor(private readonly onStart: (fw: FakeFramework) => void) {
    super();
  }
  async start(): Promise<boolean> {
    this.active = true;
    // Like the real one: start() resolves before 'initialized' and before the webhooks exist.
    setTimeout(() => this.onStart(this), 5);
    return true;
  }
  async stop(): Promise<boolean> {
    this.stopped = true;
    return true;
  }
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

const asFramework = (fake: FakeFramework) => fake as unknown as Framework;

describe('FrameworkReceiver', () => {
  it('websocket mode: ready after initialized, without waiting for webhooks', async () => {
    const fake = new FakeFramework((fw) => {
      fw.initialized = true;
      fw.emit('initialized');
    });
    const receiver = new FrameworkReceiver({
      framework: asFramework(fake),
      mode: 'websocket',
      logger: capture().logger,
    });
    expect(receiver.ready).toBe(false);
    await receiver.start();
    expect(receiver.ready).toBe(true);
    expect(receiver.self).toEqual({ id: 'BOT', displayName: 'Paging Bot', email: 'pagingbot@webex.bot' });
  });

  it('webhook mode: ready only once both webhooks exist', async () => {
    const fake = new FakeFramework((fw) => {
      fw.initialized = true;
      fw.emit('initialized');
      setTimeout(() => {
        fw.webhook = { id: 'W1', name: 'n' };
      }, 20);
      setTimeout(() => {
        fw.cardsWebhook = { id: 'W2', name: 'n' };
      }, 60);
    });
    const receiver = new FrameworkReceiver({
      framework: asFramework(fake),
      mode: 'webhook',
      logger: capture().logger,
    });
    const started = receiver.start();
    await new Promise((r) => setTimeout(r, 40));
    expect(receiver.ready).toBe(false);
    await started;
    expect(receiver.ready).toBe(true);
  });

  it('webhook mode: a failed webhook registration is an error, not a deaf bot', async () => {
    const fake = new FakeFramework((fw) => {
      fw.initialized = true;
      fw.emit('initialized');
      fw.webhook = false;
    });
    const receiver = new FrameworkReceiver({
      framework: asFramework(fake),
      mode: 'webhook',
      logger: capture().logger,
    });
    await expect(receiver.start()).rejects.toThrow(/could not register its webhook/);
    expect(receiver.ready).toBe(false);
  });

  it('maps message and card triggers to the bot’s events (the same in websocket and webhook mode)', async () => {
    const fake = new FakeFramework(() => {});
    const receiver = new FrameworkReceiver({
      framework: asFramework(fake),
      mode: 'websocket',
      logger: capture().logger,
    });
    const messages: IncomingMessage[] = [];
    const actions: IncomingAction[] = [];
    receiver.listen({
      message: async (m) => {
        messages.push(m);
      },
      action: async (a) => {
        actions.push(a);
      },
    });
    const person = { id: 'P1', displayName: 'Alice Smith', emails: ['alice@example.com'] };
    fake.emit(
      'message',
      { room: { id: 'R1', type: 'group' } },
      {
        type: 'message',
        id: 'M1',
        text: 'Paging Bot help',
        args: [],
        person,
        personId: 'P1',
        message: {
          id: 'M1',
          roomId: 'R1',
          roomType: 'group',
          text: 'Paging Bot help',
          html: '<p>x</p>',
          personId: 'P1',
        },
      },
    );
    fake.emit(
      'attachmentAction',
      { room: { id: 'R2', type: 'direct' } },
      {
        type: 'attachmentAction',
        id: 'A1',
        person,
        personId: 'P1',
        attachmentAction: {
          id: 'A1',
          type: 'submit',
          messageId: 'M0',
          inputs: { action: 'help' },
          personId: 'P1',
          roomId: 'R2',
          created: 'now',
        },
      },
    );
    await receiver.idle();
    expect(messages).toEqual([
      {
        id: 'M1',
        roomId: 'R1',
        roomType: 'group',
        parentId: undefined,
        text: 'Paging Bot help',
        html: '<p>x</p>',
        sender: { id: 'P1', email: 'alice@example.com', displayName: 'Alice Smith' },
      },
    ]);
    expect(actions).toEqual([
      {
        id: 'A1',
        messageId: 'M0',
        roomId: 'R2',
        roomType: 'direct',
        inputs: { action: 'help' },
        sender: { id: 'P1', email: 'alice@example.com', displayName: 'Alice Smith' },
      },
    ]);
  });

  it('a failing handler is logged, never an unhandled rejection', async () => {
    const fake = new FakeFramework(() => {});
    const { logger, lines } = capture();
    const receiver = new FrameworkReceiver({ framework: asFramework(fake), mode: 'websocket', logger });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      receiver.listen({
        message: async () => {
          throw new Error('boom');
        },
        action: async () => {},
      });
      fake.emit(
        'message',
        { room: { id: 'R', type: 'direct' } },
        {
          type: 'message',
          id: 'M',
          args: [],
          person: { id: 'P' },
          personId: 'P',
          message: { id: 'M', roomId: 'R', personId: 'P' },
        },
      );
      await receiver.idle();
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
      expect(lines.some((l) => l.msg === 'event handling failed' && l.what === 'message')).toBe(true);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('stop() waits for work in flight, then stops the framework', async () => {
    const fake = new FakeFramework(() => {});
    const receiver = new FrameworkReceiver({
      framework: asFramework(fake),
      mode: 'websocket',
      logger: capture().logger,
    });
    let finished = false;
    void receiver.track('slow', async () => {
      await new Promise((r) => setTimeout(r, 30));
      finished = true;
    });
    await receiver.stop();
    expect(finished).toBe(true);
    expect(fake.stopped).toBe(true);
  });
});
