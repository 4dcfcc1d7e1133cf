// Public surface of the Webex REST client.
export { type AdminApi, type AdminApiOptions, createAdminApi } from './admin-api.js';
export { type BotApi, type BotApiOptions, createBotApi } from './bot-api.js';
export { createWebexClient, type WebexClient, type WebexClientOptions } from './client.js';
export { isWebexApiError, WebexApiError, type WebexErrorCode } from './errors.js';
export { type PaginateOptions, paginate, paginatePages, parseLinkHeader } from './pagination.js';
export type { RetryPolicyOptions } from './policies/retry.js';
export { DEFAULT_RETRY_SETTINGS, type RetrySettings } from './policies/retry-rules.js';
export type { AvailableNumbersQuery, LocationListQuery, PeopleListQuery } from './queries.js';
export { DEFAULT_TIMEOUT_MS, type HttpMethod, type WebexRequest, type WebexResponse } from './request.js';
export { type AdminToken, asAdminToken, asBotToken, type BotToken } from './tokens.js';
export type * from './types.js';
