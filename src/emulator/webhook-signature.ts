// X-Spark-Signature (reference §3.5): lowercase hex HMAC-SHA1 of the exact body bytes, keyed with the secret.
import { createHmac } from 'node:crypto';

export function signBody(secret: string, body: string | Uint8Array): string {
  return createHmac('sha1', secret).update(body).digest('hex');
}
