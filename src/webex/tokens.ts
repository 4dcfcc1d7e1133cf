// Branded token kinds. A bot token cannot read telephony config (webex-api.md §1.2), so the admin API refuses a
// value typed as BotToken at compile time. Both stay plain strings at runtime and are assignable to `string`.

declare const tokenKind: unique symbol;

export type BotToken = string & { readonly [tokenKind]: 'bot' };
export type AdminToken = string & { readonly [tokenKind]: 'admin' };

export const asBotToken = (token: string): BotToken => token as BotToken;
export const asAdminToken = (token: string): AdminToken => token as AdminToken;
