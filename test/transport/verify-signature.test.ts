import { describe, expect, it } from 'vitest';
import { signWebexBody, verifyWebexSignature } from '../../src/transport/verify-signature.js';

describe('verifyWebexSignature', () => {
  const secret = 'somesupersecretphrase';
  const body = Buffer.from('{"id":"abc","resource":"attachmentActions"}');

  it('matches the reference test vector', () => {
    expect(signWebexBody(body, secret)).toBe('5ec975cdeb85f697aa206fbc2aaa623b35e41be3');
    expect(verifyWebexSignature(body, '5ec975cdeb85f697aa206fbc2aaa623b35e41be3', secret)).toBe(true);
  });

  it('accepts upper-case hex and surrounding spaces', () => {
    expect(verifyWebexSignature(body, ' 5EC975CDEB85F697AA206FBC2AAA623B35E41BE3 ', secret)).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['repeated header', ['5ec975cdeb85f697aa206fbc2aaa623b35e41be3']],
    ['too short', '5ec975cdeb85'],
    ['not hex', 'z'.repeat(40)],
    ['one digit off', '5ec975cdeb85f697aa206fbc2aaa623b35e41be4'],
  ])('refuses a %s signature', (_, header) => {
    expect(verifyWebexSignature(body, header, secret)).toBe(false);
  });

  it('is computed over bytes, not over re-serialised JSON', () => {
    const escaped = Buffer.from('{"id":"caf\\u00e9", "resource":"messages"}');
    const signature = signWebexBody(escaped, secret);
    expect(verifyWebexSignature(escaped, signature, secret)).toBe(true);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(escaped.toString())));
    expect(verifyWebexSignature(reserialised, signature, secret)).toBe(false);
  });

  it('refuses a body signed with another secret', () => {
    expect(verifyWebexSignature(body, signWebexBody(body, 'another-secret-value'), secret)).toBe(false);
  });
});
