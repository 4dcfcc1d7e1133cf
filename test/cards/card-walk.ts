// Small readers over built card JSON, so tests can look at what a person would see and click.

type Node = Record<string, unknown>;

function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (value !== null && typeof value === 'object') {
    yield value as Node;
    for (const [key, item] of Object.entries(value)) if (key !== 'data') yield* nodes(item);
  }
}

/** Every string a markdown renderer sees: TextBlock text and FactSet titles and values. */
export function markdownTexts(card: object): string[] {
  const out: string[] = [];
  for (const node of nodes(card)) {
    if (node.type === 'TextBlock' && typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet' && Array.isArray(node.facts)) {
      for (const fact of node.facts as Node[]) out.push(String(fact.title), String(fact.value));
    }
  }
  return out;
}

export interface SubmitAction {
  title: string;
  data: Record<string, unknown>;
}

/** Card-level and ActionSet Action.Submit buttons, in order. */
export function submitActions(card: object): SubmitAction[] {
  const out: SubmitAction[] = [];
  for (const node of nodes(card)) {
    if (!Array.isArray(node.actions)) continue;
    for (const action of node.actions as Node[]) {
      if (action.type === 'Action.Submit') {
        out.push({ title: String(action.title), data: (action.data ?? {}) as Record<string, unknown> });
      }
    }
  }
  return out;
}

export interface ChoiceSet {
  id: string;
  value?: string;
  choices: { title: string; value: string }[];
}

export function choiceSets(card: object): ChoiceSet[] {
  return [...nodes(card)]
    .filter((node) => node.type === 'Input.ChoiceSet')
    .map((node) => node as unknown as ChoiceSet);
}
