import { describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/bot/access.js';

describe('AccessPolicy', () => {
  it('allows everyone when unrestricted', () => {
    const policy = new AccessPolicy();
    expect(policy.restricted).toBe(false);
    expect(policy.allows('anyone@anywhere.example')).toBe(true);
  });

  it('allows listed domains and emails only, case-insensitively', () => {
    const policy = new AccessPolicy({
      allowedDomains: ['Example.com'],
      allowedEmails: ['Guest@Contractor.example'],
    });
    expect(policy.allows('alice@EXAMPLE.com')).toBe(true);
    expect(policy.allows('guest@contractor.example')).toBe(true);
    expect(policy.allows('frontdesk@contractor.example')).toBe(false);
    expect(policy.allows('alice@sub.example.com')).toBe(false);
    expect(policy.allows('example.com')).toBe(false);
    expect(policy.allows('')).toBe(false);
    expect(policy.allows(undefined)).toBe(false);
  });
});
