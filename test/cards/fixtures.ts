// Realistic card inputs: the Webex reference examples plus synthetic groups for edge cases.
import { readFileSync } from 'node:fs';
import {
  type CardMessage,
  detailsCard,
  errorCard,
  findResultsCard,
  helpCard,
  hintCard,
  listCard,
  membersCard,
  notFoundCard,
  pickOneCard,
} from '../../src/cards/index.js';
import type { AgentType, PagingAgent, PagingDetails, PagingListItem } from '../../src/webex/types.js';

const EXAMPLES = new URL('../../../shared/reference/examples/', import.meta.url);

function example<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8')) as T;
}

/** GET …/paging/{id} example (2 targets, 2 originators, every field). */
export const exampleDetails = (): PagingDetails => example<PagingDetails>('paging-get.response.json');

/** GET /telephony/config/paging example (2 groups in "Alaska"). */
export const exampleList = (): PagingListItem[] =>
  example<{ locationPaging: PagingListItem[] }>('paging-list.response.json').locationPaging;

export const LOCATION_ID = 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1';

/** The name from the reference notes that renders bold with a live link if not escaped. */
export const INJECTION_NAME = '**Boss** [click](https://evil.example)';
/** Everything else a hostile name could try: mention, HTML, autolinks, block syntax, template syntax. */
export const HOSTILE_NAMES = [
  INJECTION_NAME,
  '<@personEmail:ceo@example.com> <@all>',
  '<b>bold</b> <img src=x onerror=alert(1)> <script>x</script>',
  'https://evil.example/path and <https://evil.example> and www.evil.example',
  'mail boss@evil.com now',
  'visit evil.com or www.evil.com or 10.0.0.1',
  '# Heading',
  '> quoted',
  '- bullet',
  '1. ordered',
  '---',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  '`code` ~~strike~~ _em_ __strong__',
  '&lt;b&gt;entity&lt;/b&gt; &#42;star&#42;',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a name that looks like template syntax.
  '${name} ${targets} $root',
  'line\nbreak\r\n## heading after newline',
];

const TYPES: AgentType[] = ['PEOPLE', 'PLACE', 'VIRTUAL_LINE'];

/** `count` agents cycling through the three types, with numbers; a paging group allows 75 targets. */
export function makeAgents(count: number, prefix = 'Agent'): PagingAgent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `Y2lzY29zcGFyazovL3VzL1BFT1BMRS8${String(i).padStart(4, '0')}`,
    firstName: `${prefix}`,
    lastName: `Number ${i + 1}`,
    type: TYPES[i % TYPES.length],
    extension: String(2000 + i),
    phoneNumber: `+1555010${String(i).padStart(4, '0')}`,
  }));
}

export function makeGroup(i: number, overrides: Partial<PagingListItem> = {}): PagingListItem {
  return {
    id: `Y2lzY29zcGFyazovL3VzL1BBR0lOR19HUk9VUC8${String(i).padStart(4, '0')}`,
    name: `Group ${i}`,
    extension: String(7000 + i),
    phoneNumber: `+1555867${String(i).padStart(4, '0')}`,
    locationName: i % 2 === 0 ? 'Alaska' : 'Boston HQ',
    locationId: i % 2 === 0 ? LOCATION_ID : 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzY3ODkw',
    ...overrides,
  };
}

/** Details with only the required fields: no number, language, caller-ID fields, originators or targets. */
export function minimalDetails(name = 'Bare group'): PagingDetails {
  return { id: 'Y2lzY29zcGFyazovL3VzL1BBR0lOR19HUk9VUC9iYXJl', name, extension: '7100' };
}

/**
 * One message from every builder (several from those with distinct layouts), with `name` in every place that
 * holds API or user text. Together they carry every kind of button the bot can receive.
 */
export function everyCard(name: string): Record<string, CardMessage> {
  const group = (i: number) => makeGroup(i, { name, locationName: name });
  const agents = makeAgents(30).map((agent) => ({ ...agent, firstName: name, lastName: name }));
  const details: PagingDetails = {
    ...exampleDetails(),
    name,
    firstName: name,
    lastName: name,
    language: name,
    dialByName: name,
    directLineCallerIdName: { selection: 'CUSTOM_NAME', customName: name },
    phoneNumber: name,
    extension: name,
    targets: agents,
    originators: agents,
  };
  const ref = { name, locationId: LOCATION_ID, pagingId: details.id };
  return {
    details: detailsCard({ details, locationId: LOCATION_ID, locationName: name }),
    targets: membersCard({ group: ref, role: 'targets', agents, page: 2, pageSize: 10 }),
    originators: membersCard({ group: ref, role: 'originators', agents, page: 2, pageSize: 10 }),
    listButtons: listCard({ groups: [group(1), group(2)], page: 1, pageSize: 2, total: 4, location: name }),
    listChoices: listCard({
      groups: [1, 2, 3, 4].map(group),
      page: 1,
      pageSize: 4,
      total: 9,
      location: name,
    }),
    listEmpty: listCard({ groups: [], page: 1, pageSize: 4, total: 0, location: name }),
    pickOne: pickOneCard({ query: name, matches: [group(1), group(2)] }),
    pickMany: pickOneCard({ query: name, matches: [1, 2, 3, 4, 5, 6].map(group) }),
    notFound: notFoundCard({ query: name, suggestions: [group(1)] }),
    find: findResultsCard({
      query: name,
      person: name,
      hits: [
        { group: group(1), role: 'target' },
        { group: group(2), role: 'originator' },
      ],
      failed: 2,
    }),
    findUnknown: findResultsCard({ query: name, person: name, hits: [], unknownPerson: true }),
    help: helpCard([{ usage: name, description: name, examples: [name] }]),
    hint: hintCard({ text: name }),
    error: errorCard({ title: name, detail: name, trackingId: name, command: name }),
  };
}
