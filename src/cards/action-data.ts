// The contract between card buttons and the bot: what each Action.Submit puts in `data`, and how the bot reads
// it back. Webex returns one flat `inputs` object: the clicked action's data merged with every Input value
// (inputs are strings; data values may keep their JSON type or arrive as strings), so both forms are accepted
// and extra keys (other inputs) are ignored.
import { z } from 'zod';

export const MAX_PAGE = 1000;
export const MAX_ID_LENGTH = 512;
export const MAX_LOCATION_LENGTH = 256;

/** Webex ids are opaque base64(url) strings, sometimes with `=` padding. */
const idSchema = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'must not be empty', abort: true })
  .max(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters` })
  .regex(/^[A-Za-z0-9_=-]+$/, { error: 'must be an opaque Webex id (letters, digits, "-", "_", "=")' });

const pageSchema = z
  .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)], {
    error: 'must be a whole number',
  })
  .pipe(
    z
      .number()
      .int({ error: 'must be a whole number' })
      .min(1, { error: `must be from 1 to ${MAX_PAGE}` })
      .max(MAX_PAGE, { error: `must be from 1 to ${MAX_PAGE}` }),
  );

const locationSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .max(MAX_LOCATION_LENGTH, { error: `must be at most ${MAX_LOCATION_LENGTH} characters` })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
  .optional()
  // An empty filter means "all locations", the same as no filter.
  .transform((value) => (value ? value : undefined));

const groupRef = { locationId: idSchema, pagingId: idSchema };

const schemas = {
  'paging.show': z.object({ action: z.literal('paging.show'), ...groupRef }),
  'paging.targets': z.object({ action: z.literal('paging.targets'), ...groupRef, page: pageSchema }),
  'paging.originators': z.object({ action: z.literal('paging.originators'), ...groupRef, page: pageSchema }),
  'paging.refresh': z.object({ action: z.literal('paging.refresh'), ...groupRef }),
  'paging.list': z.object({ action: z.literal('paging.list'), page: pageSchema, location: locationSchema }),
  // `group` is the Input.ChoiceSet value "<locationId> <pagingId>"; split here so handlers get both ids.
  'paging.choose': z
    .object({
      action: z.literal('paging.choose'),
      group: z
        .string({ error: 'choose a paging group first' })
        .trim()
        .min(1, { error: 'choose a paging group first' }),
    })
    .transform((value, ctx) => {
      const parts = value.group.split(' ');
      const [locationId, pagingId] = parts;
      const ok =
        parts.length === 2 && idSchema.safeParse(locationId).success && idSchema.safeParse(pagingId).success;
      if (!ok || locationId === undefined || pagingId === undefined) {
        ctx.issues.push({
          code: 'custom',
          path: ['group'],
          message: 'must be "<locationId> <pagingId>"',
          input: value.group,
        });
        return z.NEVER;
      }
      return { action: value.action, group: value.group, locationId, pagingId };
    }),
  help: z.object({ action: z.literal('help') }),
} as const;

export type CardActionName = keyof typeof schemas;
export const CARD_ACTION_NAMES = Object.keys(schemas) as CardActionName[];

/** A validated card action, as handed to the bot. */
export type CardAction = { [K in CardActionName]: z.output<(typeof schemas)[K]> }[CardActionName];

/** What a builder puts in an Action.Submit `data` (paging.choose gets `group` from the ChoiceSet input). */
export type CardActionData =
  | { action: 'paging.show'; locationId: string; pagingId: string }
  | { action: 'paging.targets'; locationId: string; pagingId: string; page: number }
  | { action: 'paging.originators'; locationId: string; pagingId: string; page: number }
  | { action: 'paging.refresh'; locationId: string; pagingId: string }
  | { action: 'paging.list'; page: number; location?: string }
  | { action: 'paging.choose' }
  | { action: 'help' };

/** The group picker's value (Input.ChoiceSet `group`): both ids, space-separated (ids have no spaces). */
export function groupChoiceValue(locationId: string, pagingId: string): string {
  return `${locationId} ${pagingId}`;
}

export type ParseCardActionResult = { ok: true; action: CardAction } | { ok: false; problem: string };

/** Validates `attachmentActions.inputs`; a problem names the field, e.g. `page: must be from 1 to 1000`. */
export function parseCardAction(inputs: unknown): ParseCardActionResult {
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) {
    return { ok: false, problem: 'inputs: expected an object' };
  }
  const name = (inputs as Record<string, unknown>).action;
  if (typeof name !== 'string' || name === '') {
    return { ok: false, problem: 'action: missing' };
  }
  if (!Object.hasOwn(schemas, name)) {
    return {
      ok: false,
      problem: `action: unknown action "${name.slice(0, 40)}" (expected one of ${CARD_ACTION_NAMES.join(', ')})`,
    };
  }
  const result = schemas[name as CardActionName].safeParse(inputs);
  if (result.success) return { ok: true, action: result.data };
  const problem = result.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'inputs'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem };
}
