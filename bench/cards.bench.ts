// Card building cost for the largest realistic card: a paging group with 75 targets.
// "reused" is the normal path (one Template instance per file, already warm); "cold" builds a new Template
// from the JSON each time, which is what loading per message would cost.
import { bench, describe } from 'vitest';
import { detailsCard } from '../src/cards/index.js';
import { createTemplate, readTemplate } from '../src/cards/templates.js';
import type { PagingAgent, PagingDetails } from '../src/webex/types.js';

const TYPES = ['PEOPLE', 'PLACE', 'VIRTUAL_LINE'] as const;
const targets: PagingAgent[] = Array.from({ length: 75 }, (_, i) => ({
  id: `Y2lzY29zcGFyazovL3VzL1BFT1BMRS8${i}`,
  firstName: 'Target',
  lastName: `Number ${i + 1}`,
  type: TYPES[i % 3],
  extension: String(2000 + i),
  phoneNumber: `+1555010${String(i).padStart(4, '0')}`,
}));
const details: PagingDetails = {
  id: 'Y2lzY29zcGFyazovL3VzL1BBR0lOR19HUk9VUC8x',
  name: 'Warehouse floor',
  enabled: true,
  extension: '7781',
  phoneNumber: '+15558675309',
  language: 'English',
  languageCode: 'en_us',
  originatorCallerIdEnabled: true,
  targets,
  originators: targets.slice(0, 5),
};
const input = { details, locationId: 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1', locationName: 'Alaska' };
const template = readTemplate('details');
const expansionData = {
  $root: {
    title: 'x',
    subtitle: [],
    factSets: [],
    targetsHeading: 'x',
    targets: targets.map((t) => ({ text: t.lastName ?? '' })),
    targetNotes: [],
    originatorsHeading: 'x',
    originatorsText: 'x',
    buttons: [],
  },
};

describe('details card, 75 targets', () => {
  bench('detailsCard (reused template, all 75 targets in the fallback)', () => {
    detailsCard(input);
  });
  const reused = createTemplate(template);
  bench('reused: the same Template instance, expand only', () => {
    reused.expand(expansionData);
  });
  bench('cold: new Template + expand', () => {
    createTemplate(template).expand(expansionData);
  });
});
