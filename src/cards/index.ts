// Public surface of the cards module: builders return `{ card, markdown }` for one Webex message.
export { CARD_ACTION_NAMES, parseCardAction } from './action-data.js';
export type { AdaptiveCard, CardMessage } from './card-types.js';
export { type DetailsCardInput, detailsCard } from './details.js';
export { type ErrorCardInput, errorCard } from './error.js';
export { type FindHit, type FindResultsCardInput, findResultsCard } from './find-results.js';
export { type HelpCommand, helpCard } from './help.js';
export { hintCard } from './hint.js';
export { type ListCardInput, type ListedGroup, listCard } from './list.js';
export { type MembersCardInput, membersCard } from './members.js';
export { type NotFoundCardInput, notFoundCard } from './not-found.js';
export { DEFAULT_MEMBERS_PAGE_SIZE, pageWindow } from './paging.js';
export { type PickOneCardInput, pickOneCard } from './pick-one.js';
