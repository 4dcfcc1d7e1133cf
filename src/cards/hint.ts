import { button, checkedButtons, helpButton } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';

/**
 * Answer to a message that is not a command: repeats what was understood (escaped) and offers Help and the
 * group list. An empty `text` (a bare mention) gets a greeting instead.
 */
export function hintCard({ text }: { text: string }): CardMessage {
  const said = markdownText(text, 80);
  const title = said ? 'I did not understand that' : 'Hi! Ask me about paging groups';
  const heard = said ? [`You said: ${said}`] : [];
  const card = expandTemplate('hint', {
    title,
    lines: [...heard, 'Press Help to see every command, or list the paging groups.'].map((line) => ({
      text: line,
    })),
    buttons: checkedButtons([helpButton(), button('List paging groups', { action: 'paging.list', page: 1 })]),
  });
  return {
    card,
    markdown: fitMarkdown({ head: [`**${title}**`, ...heard, 'Send `help` to see every command.'] }),
  };
}
