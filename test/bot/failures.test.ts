import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/bot/failures.js';

describe('describeFailure', () => {
  it('names the missing scope on 403, with the tracking id', () => {
    const reply = describeFailure({ status: 403, trackingId: 'ROUTER_1' });
    expect(reply.detail).toContain('spark-admin:telephony_config_read');
    expect(reply.trackingId).toBe('ROUTER_1');
  });

  it.each([429, 502, 503, 504])('says Webex is busy after %i', (status) => {
    expect(describeFailure({ status }).title).toBe('Webex is busy');
  });

  it('treats timeouts and network errors as busy', () => {
    expect(describeFailure({ status: 0, code: 'TIMEOUT' }).title).toBe('Webex is busy');
    expect(describeFailure({ status: 0, code: 'NETWORK' }).title).toBe('Webex is busy');
  });

  it('never shows a stack or message of an unknown error', () => {
    const reply = describeFailure(new TypeError('secret internals at foo.ts:12'));
    expect(JSON.stringify(reply)).not.toContain('foo.ts');
    expect(reply.title).toBe('Something went wrong');
  });
});
