import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver knows a webhook came from this console: HMAC-SHA256 over
 * `<timestamp>.<body>` with the rule's secret, sent as `X-Extranet-Signature: sha256=<hex>`
 * beside `X-Extranet-Timestamp` (epoch seconds). Covering the timestamp lets a receiver refuse
 * replays of an old delivery. SHA-256 rather than SM3: every receiver's toolkit has it.
 */
export const SIGNATURE_HEADER = 'x-extranet-signature';
export const TIMESTAMP_HEADER = 'x-extranet-timestamp';

export function signWebhookBody(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `sha256=${mac}`;
}

/** What a receiver does (and what the tests' loopback receiver does). */
export function isValidWebhookSignature(
  secret: string,
  timestampSeconds: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhookBody(secret, timestampSeconds, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
