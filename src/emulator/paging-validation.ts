// Create/update rules for paging groups (reference §2.4, §2.5). Format problems are collected into one 400;
// clashes with existing names, extensions or numbers are 409.
import { jsonObject } from './body.js';
import { ApiError, conflict } from './errors.js';
import type { LocationRecord, PagingGroupRecord } from './records.js';
import type { EmulatorStore } from './store.js';
import { languageName } from './views.js';

export const MAX_TARGETS = 75;
export type PagingChanges = Partial<Omit<PagingGroupRecord, 'id' | 'locationId' | 'dialByName'>> & {
  dialByName?: string | null;
};

/**
 * Validates a POST (mode 'create') or PUT (mode 'update') body against the location and, for updates, the
 * group being changed. Returns only the fields present in the body.
 */
export function validatePagingBody(
  store: EmulatorStore,
  input: unknown,
  location: LocationRecord,
  existing?: PagingGroupRecord,
): PagingChanges {
  const body = jsonObject(input);
  const problems: string[] = [];
  const changes: PagingChanges = {};
  const has = (key: string) => body[key] !== undefined;

  if (has('name') || !existing) {
    const name = body.name;
    if (typeof name !== 'string' || name.trim().length < 1 || name.trim().length > 30) {
      problems.push('name is required and must be 1-30 characters.');
    } else changes.name = name.trim();
  }
  if (has('phoneNumber')) {
    const phone = body.phoneNumber;
    if (typeof phone !== 'string' || !/^\+?[0-9]{1,22}$/.test(phone)) {
      problems.push('phoneNumber must be 1-23 characters of digits with an optional leading +.');
    } else if (!location.numbers.some((n) => n.phoneNumber === phone)) {
      problems.push(`phoneNumber ${phone} is not a number of location ${location.name}.`);
    } else changes.phoneNumber = phone;
  }
  if (has('extension')) {
    const extension = body.extension;
    if (typeof extension !== 'string' || !/^[0-9]{2,10}$/.test(extension)) {
      problems.push('extension must be 2-10 digits.');
    } else changes.extension = extension;
  }
  if (!existing && !has('phoneNumber') && !has('extension'))
    problems.push('phoneNumber or extension is required.');
  if (has('languageCode')) {
    const code = body.languageCode;
    if (typeof code !== 'string' || !languageName(code))
      problems.push(`languageCode ${String(code)} is not supported.`);
    else changes.languageCode = code.toLowerCase();
  }
  for (const key of ['firstName', 'lastName'] as const) {
    if (!has(key)) continue;
    const value = body[key];
    if (typeof value !== 'string' || value.length < 1 || value.length > 64)
      problems.push(`${key} must be 1-64 characters.`);
    else changes[key] = value;
  }
  for (const key of ['originatorCallerIdEnabled', 'enabled'] as const) {
    if (!has(key)) continue;
    if (typeof body[key] !== 'boolean') problems.push(`${key} must be a boolean.`);
    else changes[key] = body[key] as boolean;
  }
  for (const key of ['originators', 'targets'] as const) {
    if (!has(key)) continue;
    const ids = agentIds(store, body[key], key, problems);
    if (ids) changes[key] = ids;
  }
  if ((changes.targets?.length ?? 0) > MAX_TARGETS)
    problems.push(`targets may hold at most ${MAX_TARGETS} entries.`);
  if (has('directLineCallerIdName')) {
    const value = callerIdName(body.directLineCallerIdName, problems);
    if (value) changes.directLineCallerIdName = value;
  }
  if (has('dialByName')) {
    const value = body.dialByName;
    if (value === null || value === '') changes.dialByName = null;
    else if (typeof value !== 'string') problems.push('dialByName must be a string.');
    else if (/[%+\\"]/.test(value) || /[^\x20-\x7e]/.test(value)) {
      problems.push('dialByName must not contain %, +, \\, " or non-ASCII characters.');
    } else changes.dialByName = value;
  }
  if (problems.length) throw new ApiError(400, problems[0] ?? 'Invalid request', problems);

  checkClashes(store, location, changes, existing);
  return changes;
}

function agentIds(
  store: EmulatorStore,
  value: unknown,
  key: string,
  problems: string[],
): string[] | undefined {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    problems.push(`${key} must be an array of ID strings.`);
    return undefined;
  }
  const ids = [...new Set(value as string[])];
  for (const id of ids) {
    if (!store.directoryAgent(id))
      problems.push(`${key}: ${id} is not a person, workspace or virtual line with calling.`);
  }
  return ids;
}

function callerIdName(
  value: unknown,
  problems: string[],
): PagingGroupRecord['directLineCallerIdName'] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('directLineCallerIdName must be an object.');
    return undefined;
  }
  const { selection, customName } = value as Record<string, unknown>;
  if (selection !== 'DISPLAY_NAME' && selection !== 'CUSTOM_NAME') {
    problems.push('directLineCallerIdName.selection must be DISPLAY_NAME or CUSTOM_NAME.');
    return undefined;
  }
  if (customName !== undefined && typeof customName !== 'string') {
    problems.push('directLineCallerIdName.customName must be a string.');
    return undefined;
  }
  if (selection === 'CUSTOM_NAME' && !customName) {
    problems.push('directLineCallerIdName.customName is required when selection is CUSTOM_NAME.');
    return undefined;
  }
  return { selection, ...(customName ? { customName } : {}) };
}

function checkClashes(
  store: EmulatorStore,
  location: LocationRecord,
  changes: PagingChanges,
  existing: PagingGroupRecord | undefined,
): void {
  if (changes.name !== undefined) {
    const wanted = changes.name.toLowerCase();
    for (const group of store.pagingGroups.values()) {
      if (
        group.locationId === location.id &&
        group.id !== existing?.id &&
        group.name.toLowerCase() === wanted
      ) {
        throw conflict(`A paging group named "${changes.name}" already exists in ${location.name}.`);
      }
    }
  }
  const others = store.callingEntities(location.id).filter((e) => e.id !== existing?.id);
  if (changes.extension !== undefined && others.some((e) => e.extension === changes.extension)) {
    throw conflict(`Extension ${changes.extension} is already in use in ${location.name}.`);
  }
  if (changes.phoneNumber !== undefined && changes.phoneNumber !== existing?.phoneNumber) {
    if (store.assignedNumbers().has(changes.phoneNumber))
      throw conflict(`Phone number ${changes.phoneNumber} is already in use.`);
  }
}
