// Light/dark theme for the page (CSS variables on <html data-theme>) and, through `onChange`, for the cards.
// Until the person toggles it, the theme follows the system preference; only a toggle is remembered.
import { KEYS, storage } from './storage.js';

export function createThemeToggle(button, onChange) {
  let theme = 'light';
  const apply = (next) => {
    theme = next;
    document.documentElement.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    onChange(next);
  };
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  apply(storage.get(KEYS.theme) ?? (prefersDark ? 'dark' : 'light'));
  button.addEventListener('click', () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    storage.set(KEYS.theme, next);
    apply(next);
  });
  return { current: () => theme };
}
