// The framework ships no types and none exist on the registry (framework-notes.md).
// Only the surface this project touches is declared.
declare module 'webex-node-bot-framework' {
  import type { EventEmitter } from 'node:events';

  export interface FrameworkOptions {
    token: string;
    webhookUrl?: string;
    webhookSecret?: string;
    removeWebhooksOnStart?: boolean;
    removeDeviceRegistrationsOnStart?: boolean;
    maxStartupSpaces?: number;
    messageFormat?: 'text' | 'markdown';
  }

  export interface FrameworkPerson {
    id: string;
    emails?: string[];
    displayName?: string;
    type?: string;
  }

  export interface FrameworkMessage {
    id: string;
    roomId: string;
    roomType?: 'direct' | 'group';
    parentId?: string;
    text?: string;
    raw?: string;
    html?: string;
    markdown?: string;
    personId: string;
    personEmail?: string;
    mentionedPeople?: string[];
    attachments?: unknown[];
  }

  export interface FrameworkAttachmentAction {
    id: string;
    type: string;
    messageId: string;
    inputs: Record<string, unknown>;
    personId: string;
    roomId: string;
    created: string;
  }

  export interface MessageTrigger {
    type: 'message';
    id: string;
    text?: string;
    args: string[];
    message: FrameworkMessage;
    person: FrameworkPerson;
    personId: string;
  }

  export interface AttachmentActionTrigger {
    type: 'attachmentAction';
    id: string;
    attachmentAction: FrameworkAttachmentAction;
    person: FrameworkPerson;
    personId: string;
  }

  export interface FrameworkBot {
    room: { id: string; type?: 'direct' | 'group'; title?: string };
    isDirect?: boolean;
    isGroup?: boolean;
  }

  export interface FrameworkWebhook {
    id: string;
    name: string;
  }

  export default class Framework extends EventEmitter {
    constructor(options: FrameworkOptions);
    start(): Promise<boolean>;
    stop(): Promise<boolean>;
    active: boolean;
    initialized: boolean;
    person: FrameworkPerson;
    email: string;
    /** `{}` until created, the webhook once created, `false` when creation failed (framework-notes). */
    webhook: FrameworkWebhook | Record<string, never> | false;
    cardsWebhook: FrameworkWebhook | Record<string, never>;
  }
}

declare module 'webex-node-bot-framework/lib/process-event.js' {
  import type Framework from 'webex-node-bot-framework';
  /** The framework's event dispatcher, without its unsafe signature check (see transport/webhook-route.ts). */
  export default function processEvent(framework: Framework, body: unknown): Promise<unknown>;
}
