// Damerau-Levenshtein distance, optimal-string-alignment variant: insertions, deletions, substitutions and
// swaps of two adjacent characters each cost 1 ("Faciltiies" is one swap from "Facilities"). Works on code
// points so an accented or astral character counts once. No package: none is installed and this is 30 lines.

/**
 * Distance between `a` and `b`, or `limit + 1` as soon as it is certain to exceed `limit` (callers that only
 * want "close enough" candidates skip most of the work for distant strings).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);

  // Three rolling rows (two back for swaps, previous, current), allocated once and rotated.
  let twoBack = new Uint32Array(t.length + 1);
  let prev = new Uint32Array(t.length + 1).map((_, j) => j);
  let cur = new Uint32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (twoBack[j - 2] ?? 0) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, prev, cur] = [prev, cur, twoBack];
  }
  const distance = prev[t.length] ?? 0;
  return distance > limit ? limit + 1 : distance;
}
