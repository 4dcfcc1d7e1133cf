// What every route module needs: the store, the event bus, webhook delivery and pagination settings.
import type { EventEmitter } from 'node:events';
import type { PageContext } from './pagination.js';
import type { EmulatorStore } from './store.js';
import type { WebhookDelivery } from './webhook-delivery.js';

export interface RouteContext {
  store: EmulatorStore;
  events: EventEmitter;
  deliveries: WebhookDelivery;
  page: PageContext;
  /** e.g. http://127.0.0.1:4010/v1 */
  apiUrl: string;
}
