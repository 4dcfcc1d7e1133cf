import { describe, expect, it } from 'vitest';
import { isPhoneLike, normalizePhone, parsePhone, samePhoneNumber } from '../../src/paging/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['+1 (555) 867-5309', '15558675309'],
    ['555.867.5309', '5558675309'],
    ['5558675309', '5558675309'],
    ['+15558675309', '15558675309'],
    ['1-555-867-5309', '15558675309'],
    ['  7781 ', '7781'],
    ['555/867 5309', '5558675309'],
    ['＋１ ５５５ ８６７ ５３０９', '15558675309'], // full-width, as some IMEs type it
  ])('%s → %s', (input, digits) => {
    expect(normalizePhone(input)).toBe(digits);
  });

  it.each(['Alice', 'PagingGroup-1', '555-CALL-NOW', '', '   ', '+', '()-', '7781x2', '1+1'])(
    '%j is not phone-like',
    (input) => {
      expect(isPhoneLike(input)).toBe(false);
      expect(normalizePhone(input)).toBeNull();
    },
  );
});

describe('parsePhone', () => {
  it('marks + and 00 forms international and drops the 00', () => {
    expect(parsePhone('+44 20 7946 0958')).toEqual({ digits: '442079460958', international: true });
    expect(parsePhone('0044 20 7946 0958')).toEqual({ digits: '442079460958', international: true });
    expect(parsePhone('020 7946 0958')).toEqual({ digits: '02079460958', international: false });
  });
});

describe('samePhoneNumber', () => {
  const nanpForms = ['+1 (555) 867-5309', '555.867.5309', '5558675309', '+15558675309', '1-555-867-5309'];

  it('treats every NANP spelling of one number as equal', () => {
    for (const a of nanpForms) {
      for (const b of nanpForms) expect(samePhoneNumber(a, b), `${a} vs ${b}`).toBe(true);
    }
  });

  it.each([
    // [a, b, same?, why]
    ['+15558675309', '+15558675310', false, 'different last digit'],
    ['5558675309', '5558675310', false, 'different national numbers'],
    ['+44 20 7946 0958', '020 7946 0958', true, 'UK national form with trunk 0'],
    ['+44 20 7946 0958', '0044 20 7946 0958', true, '00 international prefix'],
    ['+44 20 7946 0958', '20 7946 0958', true, 'national form without trunk 0'],
    ['+39 06 1234 5678', '06 1234 5678', true, 'Italy keeps the leading 0 after the country code'],
    ['+44 20 7946 0958', '+49 20 7946 0958', false, 'same tail, different country codes'],
    ['+15558675309', '+5558675309', false, 'two international numbers never match by tail'],
    ['+5558675309', '15558675309', false, '1+ten digits is not NANP when the other is international'],
    ['+15558675309', '8675309', false, '7-digit local part: leftover 1555 is no country code'],
    ['+15558677781', '7781', false, 'an extension never matches a number by its tail'],
    ['+4412345', '12345', false, 'national part shorter than 6 digits'],
    ['+15558675309', 'Alice', false, 'not a number'],
    ['', '', false, 'empty'],
  ])('%s vs %s → %s (%s)', (a, b, same) => {
    expect(samePhoneNumber(a, b)).toBe(same);
    expect(samePhoneNumber(b, a)).toBe(same); // symmetric
  });

  it('is false when either side is missing', () => {
    expect(samePhoneNumber(undefined, '+15558675309')).toBe(false);
    expect(samePhoneNumber('+15558675309', undefined)).toBe(false);
  });
});
