// Validates an Adaptive Card the way Webex needs it, with three independent checks (each catches errors the
// others miss; see ../shared/reference/adaptive-cards-notes.md):
//   1. the adaptivecards library's parser and validator, targeting version 1.3;
//   2. the official Adaptive Cards 1.3 JSON Schema (ajv, draft-06);
//   3. Webex's own rules (≤ 5 actions, no Action.Execute/Media/fallbackText, version "1.3", no leftover `${`).
// Used by the card tests and by the bot's tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as AC from 'adaptivecards';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// The package's `lib/` cannot load in Node (extension-less ESM imports); its dist bundle can.
const Adaptive = require('adaptivecards/dist/adaptivecards.min.js') as typeof AC;

const SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/reference/adaptive-card-1.3.schema.json', import.meta.url),
);

let schemaValidator: ValidateFunction | undefined;

function schemaValidate(): ValidateFunction {
  if (!schemaValidator) {
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    // The only formats the schema uses; without them ajv logs "unknown format … ignored".
    ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/);
    ajv.addFormat('uri-reference', /^\S*$/);
    const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
      id?: string;
      [key: string]: unknown;
    };
    // The file names itself with draft-04's `id`; ajv 8 only understands `$id` (same meaning in draft-06).
    schemaValidator = ajv.compile({ $id: id, ...schema });
  }
  return schemaValidator;
}

/** (1) The adaptivecards object model: unknown types, bad enums, >1.3 properties, duplicate ids, … */
function libraryProblems(json: object): string[] {
  const context = new Adaptive.SerializationContext(Adaptive.Versions.v1_3);
  const card = new Adaptive.AdaptiveCard();
  card.maxVersion = Adaptive.Versions.v1_3;
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`adaptivecards (parse): ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`adaptivecards (validate): ${event.message}`);
  }
  return problems;
}

/** (2) The official 1.3 schema: required properties such as TextBlock.text, FactSet.facts, type, version. */
function schemaProblems(json: object): string[] {
  const validate = schemaValidate();
  if (validate(json)) return [];
  return [
    ...new Set(
      relevantErrors(validate.errors ?? []).map(
        (error) => `schema: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
      ),
    ),
  ];
}

/**
 * Elements and actions are `anyOf` over every type, so ajv reports each type's complaints. Keep only those
 * of the branch whose `type` matches the element (e.g. "TextBlock must have text"); when no branch matches,
 * the bare anyOf error remains and says so. Needs ajv's `verbose` (parentSchema and data on each error).
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const branchTypes = (error: ErrorObject): unknown[] | undefined => {
    const allowed = (error.parentSchema as { properties?: { type?: { enum?: unknown } } } | undefined)
      ?.properties?.type?.enum;
    return Array.isArray(allowed) ? allowed : undefined;
  };
  const typeOf = (error: ErrorObject): unknown => (error.data as { type?: unknown } | null | undefined)?.type;
  // Paths where the element's own type branch reported something: errors there from type-less shared
  // schemas (e.g. the Input base requiring `id`) belong to other branches.
  const matchedPaths = new Set(
    errors.filter((error) => branchTypes(error)?.includes(typeOf(error))).map((error) => error.instancePath),
  );
  const otherBranch = (error: ErrorObject): boolean => {
    if (error.keyword === 'enum' && error.instancePath.endsWith('/type')) return true;
    const allowed = branchTypes(error);
    if (allowed) return typeOf(error) !== undefined && !allowed.includes(typeOf(error));
    return error.keyword !== 'anyOf' && matchedPaths.has(error.instancePath);
  };
  const kept = errors.filter((error) => !otherBranch(error));
  return kept.filter(
    (error) =>
      error.keyword !== 'anyOf' ||
      !kept.some(
        (other) =>
          other !== error && other.keyword !== 'anyOf' && other.instancePath.startsWith(error.instancePath),
      ),
  );
}

/** (3) What Webex accepts and renders (../shared/reference/webex-api.md §4). */
function webexProblems(json: object): string[] {
  const card = json as Record<string, unknown>;
  const problems: string[] = [];
  if (card.version !== '1.3')
    problems.push(`webex: version must be "1.3", got ${JSON.stringify(card.version)}`);
  if ('fallbackText' in card) problems.push('webex: card-level fallbackText is not supported');
  let actions = 0;
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes('${')) problems.push(`webex: unbound template text at ${path}`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (node.type === 'Action.Execute') problems.push(`webex: Action.Execute at ${path} is not supported`);
    if (node.type === 'Media') problems.push(`webex: Media at ${path} is not supported`);
    if (Array.isArray(node.actions)) actions += node.actions.length;
    for (const [key, item] of Object.entries(node)) {
      if (key.includes('${')) problems.push(`webex: unbound template key at ${path}.${key}`);
      visit(item, `${path}.${key}`);
    }
  };
  visit(card, '$');
  if (actions > 5) problems.push(`webex: ${actions} actions; at most 5 per card`);
  return problems;
}

/** Every problem found (empty when the card is valid for Webex). */
export function validateCard(card: object): string[] {
  return [...libraryProblems(card), ...schemaProblems(card), ...webexProblems(card)];
}

/** Throws an Error listing every problem, for tests that just need a valid card. */
export function assertWebexCard(card: object): void {
  const problems = validateCard(card);
  if (problems.length > 0) {
    throw new Error(`invalid Webex card:\n- ${problems.join('\n- ')}`);
  }
}
