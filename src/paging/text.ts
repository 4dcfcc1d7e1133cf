// One canonical form for comparing human-typed names: width/compatibility forms folded (NFKC, so "Ｌｏｂｂｙ"
// equals "Lobby"), case folded, outer whitespace trimmed and inner runs collapsed to one space.

export function normalizeText(input: string): string {
  return input.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
