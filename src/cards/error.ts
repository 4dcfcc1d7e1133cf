import { checkedButtons, helpButton } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { DETAIL_MAX, TITLE_MAX } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';

export interface ErrorCardInput {
  title: string;
  /** Shown as plain text (escaped): it may quote an API message. */
  detail: string;
  /** Webex's tracking id, for a support ticket. */
  trackingId?: string;
  /** The command or action that failed. */
  command?: string;
}

/** A failure the user can act on, with what failed and the tracking id for support. Never a stack trace. */
export function errorCard(input: ErrorCardInput): CardMessage {
  const title = markdownText(input.title, TITLE_MAX) || 'Something went wrong';
  const detail = markdownText(input.detail, DETAIL_MAX) || 'No details are available.';
  const facts = [
    { title: 'Request', value: markdownText(input.command ?? '', 80) },
    { title: 'Tracking ID', value: markdownText(input.trackingId ?? '', 120) },
  ].filter((fact) => fact.value !== '');

  const card = expandTemplate('error', {
    title,
    detail,
    factSets: facts.length > 0 ? [{ facts }] : [],
    buttons: checkedButtons([helpButton()]),
  });
  const markdown = fitMarkdown({
    head: [`**${title}** ${detail}`, facts.map((fact) => `${fact.title}: ${fact.value}`).join(' · ')],
  });
  return { card, markdown };
}
