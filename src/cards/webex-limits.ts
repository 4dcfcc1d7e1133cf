// Webex-specific card rules (../shared/reference/webex-api.md §4) checked on every built card at run time,
// so a builder bug fails loudly here instead of as an unrenderable card in a customer's space.

/** "Cards may include up to five buttons (actions)". */
export const MAX_CARD_ACTIONS = 5;

/** Element and action types Webex does not render (Media; Universal Actions are 1.4+). */
const UNSUPPORTED_TYPES = new Set(['Media', 'Action.Execute']);

/** Problems with a card under Webex's rules; empty when the card is fine. */
export function webexLimitProblems(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('type must be "AdaptiveCard"');
  if (card.version !== '1.3') problems.push(`version must be "1.3" (got ${JSON.stringify(card.version)})`);
  if ('fallbackText' in card) problems.push('card-level fallbackText is not supported by Webex');
  let actions = 0;
  walk(card, '$', (node, path) => {
    const type = node.type;
    if (typeof type === 'string' && UNSUPPORTED_TYPES.has(type))
      problems.push(`${path}: ${type} is not supported`);
    if (Array.isArray(node.actions)) actions += node.actions.length;
  });
  if (actions > MAX_CARD_ACTIONS) {
    problems.push(`${actions} actions in total; Webex allows at most ${MAX_CARD_ACTIONS}`);
  }
  return problems;
}

/** Throws with every problem listed when the card breaks a Webex rule. */
export function assertWebexLimits(card: Record<string, unknown>, what = 'card'): void {
  const problems = webexLimitProblems(card);
  if (problems.length > 0) throw new Error(`${what} breaks Webex card rules: ${problems.join('; ')}`);
}

function walk(
  value: unknown,
  path: string,
  visit: (node: Record<string, unknown>, path: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}[${i}]`, visit);
    });
  } else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    visit(node, path);
    for (const [key, item] of Object.entries(node)) {
      // Submit data is opaque payload, not card structure.
      if (key !== 'data') walk(item, `${path}.${key}`, visit);
    }
  }
}
