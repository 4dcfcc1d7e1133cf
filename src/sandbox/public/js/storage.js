// Remembered choices (identity, space, theme). Storage may be disabled: then the page works and just forgets.

export const KEYS = { identity: 'sandbox.identity', room: 'sandbox.room', theme: 'sandbox.theme' };

export const storage = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Nothing to do: see above.
    }
  },
};
