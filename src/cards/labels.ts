// How paging groups and their members are described in cards and fallbacks, in one place so every card
// reads the same. Functions ending in `Line` return escaped markdown; `Title` ones return plain text.
import type { AgentType, PagingAgent, PagingListItem } from '../webex/types.js';
import { cleanText, escapeMarkdown, markdownText, plainText } from './escape.js';

/** Card headings and button titles. */
export const TITLE_MAX = 60;
/** A group or member name inside a longer line. */
export const NAME_MAX = 60;
/** ChoiceSet entries carry name, number and location. */
export const CHOICE_TITLE_MAX = 90;
/** Free text such as an error detail. */
export const DETAIL_MAX = 500;

const AGENT_TYPE_LABELS: Record<AgentType, string> = {
  PEOPLE: 'Person',
  PLACE: 'Workspace',
  VIRTUAL_LINE: 'Virtual line',
};

export function agentTypeLabel(type: AgentType | undefined): string {
  return (type && AGENT_TYPE_LABELS[type]) ?? 'Unknown';
}

/** "First Last" (for a workspace the API splits its name over the two fields); "Unnamed" if both are empty. */
export function agentName(agent: Pick<PagingAgent, 'firstName' | 'lastName'>): string {
  return cleanText(`${agent.firstName ?? ''} ${agent.lastName ?? ''}`) || 'Unnamed';
}

/** "Name · Workspace · ext 1234 · +1…" as escaped markdown. */
export function agentLine(agent: PagingAgent): string {
  return [
    markdownText(agentName(agent), NAME_MAX),
    agentTypeLabel(agent.type),
    agent.extension ? `ext ${markdownText(agent.extension, 20)}` : '',
    agent.phoneNumber ? markdownText(agent.phoneNumber, 30) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

interface Numbered {
  extension?: string;
  phoneNumber?: string;
  tollFreeNumber?: boolean;
}

/** ["ext 7781", "+15558675309 (toll-free)"], unescaped; empty when the group has neither. */
function numberParts(group: Numbered): string[] {
  const parts: string[] = [];
  if (group.extension) parts.push(`ext ${cleanText(group.extension).slice(0, 20)}`);
  if (group.phoneNumber) {
    parts.push(`${cleanText(group.phoneNumber).slice(0, 30)}${group.tollFreeNumber ? ' (toll-free)' : ''}`);
  }
  return parts;
}

export function enabledLabel(enabled: boolean | undefined): string {
  if (enabled === undefined) return '';
  return enabled ? 'Enabled' : 'Disabled';
}

/** "ext 7781 · +1555… · Alaska · Enabled" as escaped markdown (the name goes on its own line). */
export function groupDetailLine(group: PagingListItem & { enabled?: boolean }): string {
  const parts = [...numberParts(group).map(escapeMarkdown), markdownText(group.locationName, NAME_MAX)];
  const enabled = enabledLabel(group.enabled);
  if (enabled) parts.push(enabled);
  return parts.filter(Boolean).join(' · ');
}

/** One row of a group list on a card: the name, and the numbers, location and state below it. */
export function groupRow(group: PagingListItem & { enabled?: boolean }): { name: string; detail: string } {
  return { name: groupNameLine(group.name), detail: groupDetailLine(group) || '—' };
}

/** The group's name for a heading or list row, as escaped markdown. */
export function groupNameLine(name: string): string {
  return markdownText(name, NAME_MAX) || 'Unnamed';
}

/** "Name — ext 7781 · Location", plain text for an Input.ChoiceSet entry. */
export function groupChoiceTitle(group: PagingListItem): string {
  const extra = [...numberParts(group).slice(0, 1), cleanText(group.locationName)]
    .filter(Boolean)
    .join(' · ');
  const name = truncateName(group.name);
  return plainText(extra ? `${name} — ${extra}` : name, CHOICE_TITLE_MAX);
}

/** Same name in two locations: buttons then need the location to tell them apart. */
export function hasDuplicateNames(groups: PagingListItem[]): boolean {
  const names = new Set(groups.map((group) => group.name.trim().toLowerCase()));
  return names.size < groups.length;
}

/** Button title "Show Name" or "Show Name · Location" (plain text, ≤ 60 characters). */
export function showButtonTitle(group: PagingListItem, withLocation: boolean): string {
  const location = withLocation ? cleanText(group.locationName) : '';
  const base = `Show ${truncateName(group.name, location ? 28 : TITLE_MAX - 5)}`;
  return plainText(location ? `${base} · ${location}` : base, TITLE_MAX);
}

/** A name cut to `max` characters before it is combined with other text. */
function truncateName(name: string, max = NAME_MAX): string {
  return plainText(name, max) || 'Unnamed';
}

/** "Name · ext 7781 · Location" as escaped markdown, for one-line mentions of a group in fallbacks. */
export function groupMarkdownLine(group: PagingListItem & { enabled?: boolean }): string {
  return `${groupNameLine(group.name)} · ${groupDetailLine(group)}`;
}
