// Phone numbers as people type them. Comparison rules (documented because Webex does not define them):
//  1. Same digits → same number.
//  2. NANP: an 11-digit number starting with 1 equals its 10 trailing digits (+1 555 867 5309 = 555-867-5309).
//  3. Elsewhere, a national form matches an international form (+… or 00…) when the international digits are
//     a 1–3 digit country code followed by the national digits, with or without the national trunk "0"
//     (020 7946 0958 = +44 20 7946 0958; 06 1234 5678 = +39 06 1234 5678). The national part must have at
//     least 6 digits so an extension or a short fragment never matches a full number by its tail.
//  Two different international numbers never match, and "8675309" does not match +1 555 867 5309 (the
//  leftover "1555" is longer than any country code).

const PHONE_CHARS = /^\+?[0-9\s().\-/]+$/u;
const MIN_NATIONAL_DIGITS = 6;

export interface ParsedPhone {
  /** Digits only; an international "00" prefix is dropped so it reads like E.164. */
  digits: string;
  /** Written with "+" or "00", i.e. the digits start with a country code. */
  international: boolean;
}

/** True when the text looks like a phone number/extension: digits and phone punctuation only. */
export function isPhoneLike(input: string): boolean {
  const text = input.normalize('NFKC').trim();
  return PHONE_CHARS.test(text) && /[0-9]/u.test(text);
}

/** The digits of a phone-like text (`+1 (555) 867-5309` → `15558675309`), or null if it is not phone-like. */
export function normalizePhone(input: string): string | null {
  return isPhoneLike(input) ? input.normalize('NFKC').replace(/[^0-9]/gu, '') : null;
}

export function parsePhone(input: string): ParsedPhone | null {
  const digits = normalizePhone(input);
  if (digits === null) return null;
  if (input.normalize('NFKC').trim().startsWith('+')) return { digits, international: true };
  if (/^00[1-9]/u.test(digits)) return { digits: digits.slice(2), international: true };
  return { digits, international: false };
}

/** `long` is 1 + ten digits (typed with or without "+") and `short` is the same ten digits typed nationally. */
function nanpWithAndWithoutOne(long: ParsedPhone, short: ParsedPhone): boolean {
  return (
    long.digits.length === 11 &&
    long.digits.startsWith('1') &&
    !short.international &&
    long.digits.slice(1) === short.digits
  );
}

function nationalMatchesInternational(national: string, international: string): boolean {
  const candidates = national.startsWith('0') ? [national, national.slice(1)] : [national];
  return candidates.some((nsn) => {
    const codeLength = international.length - nsn.length;
    return (
      nsn.length >= MIN_NATIONAL_DIGITS && codeLength >= 1 && codeLength <= 3 && international.endsWith(nsn)
    );
  });
}

export function samePhoneNumber(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && phoneMatcher(a)(b);
}

/** `samePhoneNumber(query, x)` with the query parsed once, for testing it against many numbers. */
export function phoneMatcher(query: string): (other: string | undefined) => boolean {
  const pa = parsePhone(query);
  if (pa === null) return () => false;
  return (other) => {
    const pb = other === undefined ? null : parsePhone(other);
    if (pb === null) return false;
    if (pa.digits === pb.digits) return true;
    if (nanpWithAndWithoutOne(pa, pb) || nanpWithAndWithoutOne(pb, pa)) return true;
    if (pa.international === pb.international) return false;
    return pa.international
      ? nationalMatchesInternational(pb.digits, pa.digits)
      : nationalMatchesInternational(pa.digits, pb.digits);
  };
}
