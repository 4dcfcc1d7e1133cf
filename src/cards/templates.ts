// Loads the Adaptive Card templates in `cards/*.json` once and expands them with adaptivecards-templating.
// One Template instance per file is reused: the first expansion costs 25–56 ms, a reused one ~0.5 ms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findProjectRoot } from '../util/project-root.js';
import type { AdaptiveCard, Bindable } from './card-types.js';
import { assertWebexLimits } from './webex-limits.js';

/** The part of adaptivecards-templating's Template used here. */
export interface CardTemplate {
  expand(context: { $root: unknown }): unknown;
  getLastTemplateExpansionWarnings(): string[];
}

// Loaded untyped on purpose: the package's .d.ts imports `adaptivecards/src/schema` (TypeScript source),
// which would make tsc type-check that library's sources under this project's settings and fail.
const { Template } = createRequire(import.meta.url)('adaptivecards-templating') as {
  Template: new (payload: unknown) => CardTemplate;
};

/** A fresh Template for a payload (the builders reuse one per file; benchmarks compare against this). */
export function createTemplate(payload: unknown): CardTemplate {
  return new Template(payload);
}

export const TEMPLATE_NAMES = [
  'help',
  'hint',
  'list',
  'details',
  'members',
  'not-found',
  'error',
  'find-results',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Thrown when a template and its data do not fit together: always a bug in this module, never user input. */
export class CardTemplateError extends Error {
  override name = 'CardTemplateError';
}

let templatesDirectory: string | undefined;
const cache = new Map<TemplateName, CardTemplate>();

/** The repository's `cards/` folder; the build does not copy JSON, so `dist/src/` reads it there too. */
export function templatesDir(): string {
  templatesDirectory ??= join(findProjectRoot(import.meta.url), 'cards');
  return templatesDirectory;
}

/** The raw template JSON (a fresh copy), for tests and designers. */
export function readTemplate(name: TemplateName): unknown {
  return JSON.parse(readFileSync(join(templatesDir(), `${name}.json`), 'utf8'));
}

/** The one Template instance for a file, built on first use. */
export function templateFor(name: TemplateName): CardTemplate {
  let template = cache.get(name);
  if (!template) {
    template = createTemplate(readTemplate(name));
    cache.set(name, template);
  }
  return template;
}

/**
 * Expands a template with `data` and checks the result: every field must be bound (the library leaves unbound
 * fields as literal `${…}` text), and the card must respect Webex's limits. Any failure is a bug, so it throws.
 */
export function expandTemplate(name: TemplateName, data: { readonly [key: string]: Bindable }): AdaptiveCard {
  assertBindable(data, '$root');
  const template = templateFor(name);
  const card: unknown = template.expand({ $root: data });
  const warnings = template.getLastTemplateExpansionWarnings();
  if (warnings.length > 0) {
    throw new CardTemplateError(`template ${name}: ${warnings.join('; ')}`);
  }
  const leftover = findTemplateSyntax(card);
  if (leftover) {
    throw new CardTemplateError(`template ${name}: unbound field left in the card at ${leftover}`);
  }
  if (!isAdaptiveCard(card)) {
    throw new CardTemplateError(`template ${name}: expansion did not produce an AdaptiveCard 1.3`);
  }
  assertWebexLimits(card, `template ${name}`);
  return card;
}

/** Rejects undefined, null and non-finite numbers anywhere in the data (they would bind as `${…}` or null). */
function assertBindable(value: unknown, path: string): void {
  if (value === undefined || value === null) {
    throw new CardTemplateError(`card data ${path} is ${value === null ? 'null' : 'undefined'}`);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CardTemplateError(`card data ${path} is not a finite number`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      assertBindable(item, `${path}[${i}]`);
    });
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) assertBindable(item, `${path}.${key}`);
  }
}

/** Path of the first string (value or key) that still contains `${`, or undefined if there is none. */
export function findTemplateSyntax(value: unknown, path = '$'): string | undefined {
  if (typeof value === 'string') return value.includes('${') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTemplateSyntax(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('${')) return `${path}.${key}`;
      const found = findTemplateSyntax(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function isAdaptiveCard(value: unknown): value is AdaptiveCard {
  if (value === null || typeof value !== 'object') return false;
  const card = value as Record<string, unknown>;
  return card.type === 'AdaptiveCard' && card.version === '1.3' && Array.isArray(card.body);
}
