import { button, checkedButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';

export interface HelpCommand {
  usage: string;
  description: string;
  examples: string[];
}

const TITLE = 'Paging bot: what I can do';
const INTRO = 'Ask me who gets paged by a Webex Calling paging group.';
const MAX_EXAMPLES = 3;

/** The command list. Command texts come from the bot's registry but are escaped like any other text. */
export function helpCard(commands: HelpCommand[]): CardMessage {
  const rows = commands.map((command) => ({
    usage: markdownText(command.usage, 120),
    description: markdownText(command.description, 300),
    examples: command.examples.slice(0, MAX_EXAMPLES).map((example) => markdownText(example, 120)),
  }));
  const card = expandTemplate('help', {
    title: TITLE,
    intro: INTRO,
    commands: rows.map((row) => ({
      usage: row.usage,
      description: row.description,
      examples: row.examples.length > 0 ? [{ text: `e.g. ${row.examples.join(', ')}` }] : [],
    })),
    buttons: checkedButtons([button('List paging groups', { action: 'paging.list', page: 1 })]),
  });
  const markdown = fitMarkdown({
    head: [`**${TITLE}**`, INTRO],
    items: rows.map((row) => {
      const examples = row.examples.length > 0 ? ` (e.g. ${row.examples.join(', ')})` : '';
      return `${row.usage}: ${row.description}${examples}`;
    }),
  });
  return { card, markdown };
}
