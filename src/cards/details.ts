import type { DirectLineCallerIdName, PagingAgent, PagingDetails } from '../webex/types.js';
import { type Button, button, checkedButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { cleanText, markdownText } from './escape.js';
import { agentLine, agentName, enabledLabel, groupNameLine, NAME_MAX } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { DEFAULT_MEMBERS_PAGE_SIZE } from './paging.js';
import { expandTemplate } from './templates.js';

export interface DetailsCardInput {
  details: PagingDetails;
  /** From the list item: the details response does not carry it, and every button needs it. */
  locationId: string;
  locationName?: string;
}

/** How many originator names the summary line spells out. */
const ORIGINATOR_NAMES_SHOWN = 5;

/** Everything about one group: its settings, the first page of targets, and who may page it. */
export function detailsCard(input: DetailsCardInput): CardMessage {
  const { details, locationId, locationName } = input;
  // The first page of the members card, so "More targets" (page 2 there) continues where this card stops.
  const pageSize = DEFAULT_MEMBERS_PAGE_SIZE;
  const targets = details.targets ?? [];
  const originators = details.originators ?? [];

  const title = groupNameLine(details.name);
  const subtitle = [locationName ? markdownText(locationName, NAME_MAX) : '', enabledLabel(details.enabled)]
    .filter(Boolean)
    .join(' · ');
  const facts = groupFacts(details);
  const targetLines = targets.map(agentLine);
  const targetsHeading = targets.length > 0 ? `Who gets paged (${targets.length})` : 'Who gets paged';
  const hidden = targets.length - pageSize;
  const targetNotes =
    targets.length === 0
      ? ['Nobody is paged by this group.']
      : hidden > 0
        ? [`…and ${hidden} more: press More targets.`]
        : [];
  const originatorsHeading =
    originators.length > 0 ? `Who can page it (${originators.length})` : 'Who can page it';
  const originatorsText = originatorSummary(originators);

  const ref = { locationId, pagingId: details.id };
  const buttons: Button[] = [
    button('Targets', { action: 'paging.targets', ...ref, page: 1 }),
    button('Originators', { action: 'paging.originators', ...ref, page: 1 }),
    button('Refresh', { action: 'paging.refresh', ...ref }),
  ];
  if (hidden > 0) buttons.push(button('More targets', { action: 'paging.targets', ...ref, page: 2 }));

  const card = expandTemplate('details', {
    title,
    subtitle: subtitle ? [{ text: subtitle }] : [],
    factSets: facts.length > 0 ? [{ facts }] : [],
    targetsHeading,
    targets: targetLines.slice(0, pageSize).map((text) => ({ text })),
    targetNotes: targetNotes.map((text) => ({ text })),
    originatorsHeading,
    originatorsText,
    buttons: checkedButtons(buttons),
  });

  // The fallback lists every target: a client that cannot show the card cannot press "More targets" either.
  const markdown = fitMarkdown({
    head: [
      `**Paging group** ${title}${subtitle ? ` · ${subtitle}` : ''}`,
      facts.map((fact) => `- ${fact.title}: ${fact.value}`).join('\n'),
      `**${targetsHeading}**${targets.length === 0 ? ' Nobody is paged by this group.' : ''}`,
    ],
    items: targetLines,
    tail: [`**${originatorsHeading}** ${originatorsText}`],
  });
  return { card, markdown };
}

/**
 * The group's settings as FactSet rows; titles are fixed labels, values escaped. Missing fields are left out.
 * Location and enabled state are in the subtitle line instead.
 */
function groupFacts(details: PagingDetails) {
  const facts: { title: string; value: string }[] = [];
  // `value` is escaped markdown; an empty one leaves the row out.
  const add = (title: string, value: string): void => {
    if (value) facts.push({ title, value });
  };
  const text = (value: string | undefined, max = NAME_MAX): string => (value ? markdownText(value, max) : '');
  add('Phone number', text(details.phoneNumber, 30));
  add('Extension', text(details.extension, 20));
  if (details.tollFreeNumber !== undefined) add('Toll-free', details.tollFreeNumber ? 'Yes' : 'No');
  const language = text(details.language, 40);
  const code = text(details.languageCode, 20);
  add('Language', language && code ? `${language} (${code})` : language || code);
  add('Caller ID name', text(cleanText(`${details.firstName ?? ''} ${details.lastName ?? ''}`), 130));
  if (details.originatorCallerIdEnabled !== undefined) {
    add('Originator caller ID', details.originatorCallerIdEnabled ? 'Shown to targets' : 'Not shown');
  }
  add('Direct line caller ID', directLineText(details.directLineCallerIdName));
  add('Dial by name', text(details.dialByName));
  return facts;
}

/** The direct-line caller ID setting as escaped markdown ('' when absent). */
function directLineText(value: DirectLineCallerIdName | undefined): string {
  if (!value) return '';
  const custom = value.customName ? markdownText(value.customName, NAME_MAX) : '';
  if (value.selection === 'DISPLAY_NAME') return 'Display name';
  if (value.selection === 'CUSTOM_NAME') return custom ? `Custom: ${custom}` : 'Custom, no name set';
  return custom;
}

/** "2 originators: John Doe, Alice Smith" (first few names), or a clear "none". */
function originatorSummary(originators: PagingAgent[]): string {
  if (originators.length === 0) return 'No originators are set for this group.';
  const names = originators
    .slice(0, ORIGINATOR_NAMES_SHOWN)
    .map((agent) => markdownText(agentName(agent), 40));
  const rest = originators.length - names.length;
  const noun = originators.length === 1 ? 'originator' : 'originators';
  return `${originators.length} ${noun}: ${names.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}.`;
}
