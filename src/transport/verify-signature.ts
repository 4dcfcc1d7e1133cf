import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks a Webex webhook's `X-Spark-Signature`: lowercase hex HMAC-SHA1 of the exact bytes received,
 * keyed with the webhook secret (webex-api.md §3.5). Compared in constant time; any malformed header is false.
 */
export function verifyWebexSignature(
  rawBody: Buffer,
  signatureHeader: string | string[] | undefined,
  secret: string,
): boolean {
  if (typeof signatureHeader !== 'string') return false;
  const received = signatureHeader.trim().toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(received)) return false;
  const expected = createHmac('sha1', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(received, 'hex'));
}

export function signWebexBody(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha1', secret).update(rawBody).digest('hex');
}
