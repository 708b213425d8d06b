import { createHmac } from 'node:crypto';

/**
 * The `X-Barometre-Signature` of a delivery (docs/api.md, "Survey webhooks"): `sha256=` and
 * the hexadecimal HMAC-SHA256, keyed with the webhook's secret (its UTF-8 text, prefix
 * included), of `<timestamp>.<body>`, where `timestamp` is the `X-Barometre-Timestamp` sent
 * (Unix seconds). Signing the time with the body lets a receiver refuse old messages replayed.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
