// Renders Adaptive Cards with the official browser renderer and turns clicks into what Webex does:
// Action.Submit → an attachment action with the action's data merged with the card's inputs; Action.OpenUrl → a new tab.
import { hostConfig } from './host-config.js';
import { renderCardMarkdown } from './markdown.js';

const AC = () => window.AdaptiveCards;
let configured = false;

function configure() {
  if (configured) return;
  AC().AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = renderCardMarkdown(text);
    result.didProcess = true;
  };
  configured = true;
}

function openSafely(url) {
  try {
    const u = new URL(url, window.location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:')
      window.open(u.href, '_blank', 'noopener,noreferrer');
  } catch {
    // An unparsable URL opens nothing, as in Webex.
  }
}

/**
 * Renders `content` (an AdaptiveCard object) into a new element. `onSubmit(inputs)` receives the flat object Webex
 * later returns as attachmentActions.inputs (a ShowCard's nested submit also lands here).
 */
export function renderCard(content, { theme, onSubmit }) {
  configure();
  const { AdaptiveCard, HostConfig, SubmitAction, OpenUrlAction } = AC();
  const card = new AdaptiveCard();
  card.hostConfig = new HostConfig(hostConfig(theme));
  card.onExecuteAction = (action) => {
    if (action instanceof SubmitAction) onSubmit({ ...(action.data ?? {}) });
    else if (action instanceof OpenUrlAction) openSafely(action.url);
  };
  card.parse(content);
  const element = card.render();
  if (!element) throw new Error('The card could not be rendered');
  return element;
}
