/** An Adaptive Card 1.3 as sent to Webex (the `content` of the message attachment). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.3';
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/** What every builder returns: the card plus a markdown fallback, sent together as one Webex message. */
export interface CardMessage {
  card: AdaptiveCard;
  /** Shown by clients that cannot render the card; ≤ 7439 bytes (the Webex `markdown` limit). */
  markdown: string;
}

/** Values a template may bind: JSON without undefined or null, so nothing is left as a literal `${…}`. */
export type Bindable = string | number | boolean | readonly Bindable[] | { readonly [key: string]: Bindable };
