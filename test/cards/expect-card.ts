import { expect } from 'vitest';
import type { CardMessage } from '../../src/cards/index.js';
import { validateCard } from '../helpers/validate-card.js';

export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A builder result that Webex accepts: valid card, non-empty fallback within the 7439-byte limit. */
export function expectValidMessage(message: CardMessage): void {
  expect(validateCard(message.card)).toEqual([]);
  expect(message.markdown.trim()).not.toBe('');
  expect(byteLength(message.markdown)).toBeLessThanOrEqual(7439);
  expect(message.markdown).not.toContain('${');
}
