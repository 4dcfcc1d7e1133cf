// Webex-style IDs (reference webex-api.md §5): base64url without padding of `ciscospark://us/TYPE/value`.
// Demo data derives its UUIDs from a seed so IDs are identical on every start (stable tests and screenshots).
import { createHash, randomUUID } from 'node:crypto';

export type IdType =
  | 'PEOPLE'
  | 'PLACE'
  | 'VIRTUAL_LINE'
  | 'LOCATION'
  | 'PAGING_GROUP'
  | 'ORGANIZATION'
  | 'ROOM'
  | 'MESSAGE'
  | 'WEBHOOK'
  | 'APPLICATION'
  | 'ATTACHMENT_ACTION'
  | 'MEMBERSHIP';

export function base64UrlNoPad(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function webexId(type: IdType, value: string): string {
  return base64UrlNoPad(`ciscospark://us/${type}/${value}`);
}

/** Decodes any Webex ID (padded or not, either alphabet); undefined when it is not one. */
export function decodeWebexId(id: string): { type: string; value: string } | undefined {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const match = /^ciscospark:\/\/[^/]+(?:\/[^/]+)*?\/([A-Z_]+)\/([^/]+)$/.exec(decoded);
  if (!match?.[1] || !match[2]) return undefined;
  return { type: match[1], value: match[2] };
}

/** A name-based UUID (v5 layout over SHA-1), so the same seed always yields the same ID. */
export function seededUuid(seed: string): string {
  const bytes = createHash('sha1').update(`webex-paging-bot-emulator:${seed}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function seededId(type: IdType, seed: string): string {
  return webexId(type, seededUuid(`${type}:${seed}`));
}

export function newId(type: IdType): string {
  return webexId(type, randomUUID());
}

/**
 * Paging group IDs do not wrap a UUID: the reference example holds base64 of a broadworks-style address,
 * `hvae3v0o2o@64941297.int10.bcld.webex.com`. We mint the same form.
 */
export function pagingGroupId(seed: string, orgNumber: string): string {
  const local = createHash('sha1').update(`paging:${seed}`).digest('hex').slice(0, 10);
  return webexId('PAGING_GROUP', base64UrlNoPad(`${local}@${orgNumber}.int10.bcld.webex.com`));
}

/** Application IDs in the reference wrap `C` + 64 hex characters. */
export function applicationId(seed: string): string {
  return webexId('APPLICATION', `C${createHash('sha256').update(`app:${seed}`).digest('hex')}`);
}
