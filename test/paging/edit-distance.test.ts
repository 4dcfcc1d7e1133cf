import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/paging/edit-distance.js';

// Textbook full-matrix optimal-string-alignment distance, to check the rolling-row version against.
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.NaN;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(s.length, t.length);
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['facilities', 'facilities', 0],
    ['facilites', 'facilities', 1], // deletion
    ['faciltiies', 'facilities', 1], // adjacent swap
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // OSA, not unrestricted Damerau (which gives 2)
    ['café', 'cafe', 1],
    ['😀a', 'a😀', 1], // astral characters count once
  ])('%j vs %j = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it('stops at limit + 1 for distant strings', () => {
    expect(editDistance('lobby', 'warehouse east', 2)).toBe(3);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('abc', 'abd', 1)).toBe(1);
  });

  it('agrees with the full-matrix version on random strings, with and without a limit', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = () => Array.from({ length: rand(9) }, () => 'abcd'[rand(4)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word();
      const b = word();
      const exact = reference(a, b);
      expect(editDistance(a, b), `${a} vs ${b}`).toBe(exact);
      const limit = rand(5);
      expect(editDistance(a, b, limit), `${a} vs ${b} limit ${limit}`).toBe(Math.min(exact, limit + 1));
    }
  });
});
