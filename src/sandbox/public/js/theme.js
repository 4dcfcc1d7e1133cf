// Light/dark theme for the page (CSS variables on <html data-theme>) and, through `onChange`, for the cards.
import { KEYS, storage } from './storage.js';

export function createThemeToggle(button, onChange) {
  let theme = 'light';
  const apply = (next) => {
    theme = next;
    document.documentElement.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    storage.set(KEYS.theme, next);
    onChange(next);
  };
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  apply(storage.get(KEYS.theme) ?? (prefersDark ? 'dark' : 'light'));
  button.addEventListener('click', () => apply(theme === 'dark' ? 'light' : 'dark'));
  return { current: () => theme };
}
