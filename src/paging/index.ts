// Public surface of the paging domain.
export type {
  FindHooks,
  FindResult,
  GroupDetails,
  ListGroupsResult,
  MemberHit,
  MemberRole,
  PagingDirectoryOptions,
} from './directory.js';
export { PagingDirectory, SCAN_NOTICE_THRESHOLD } from './directory.js';
export type { GroupMatch, LocationFilter, MatchHow } from './match.js';
export { filterByLocation, MAX_QUERY_LENGTH, MAX_SUGGESTIONS, matchGroups, suggestGroups } from './match.js';
export type { MemberQuery, NameFit } from './member-query.js';
export { agentName, nameFit, numberMatcher, parseMemberQuery } from './member-query.js';
export { isPhoneLike, normalizePhone, parsePhone, phoneMatcher, samePhoneNumber } from './phone.js';
export type { PagingReadApi } from './ports.js';
export { isNotFound } from './ports.js';
export { compareGroups, sortGroups } from './sort.js';
