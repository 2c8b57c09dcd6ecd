/**
 * Standard Webhooks (spec 1.0.0) signing and verification with node:crypto: the signed content is
 * `${webhookId}.${timestamp}.${body}`, HMAC-SHA256 keyed with the base64 secret after `whsec_`,
 * sent as `webhook-signature: v1,<base64>` (space-separated list during key rotation).
 * Pure functions (time passed in): the Forge web trigger verifies, the Teams server (Jira mode)
 * signs with {@link signWebhook}.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Accepted clock skew either way (seconds). */
export const TOLERANCE_SECONDS = 5 * 60;

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export type VerifyFailure = 'missing_headers' | 'bad_secret' | 'bad_timestamp' | 'stale_timestamp' | 'bad_signature';
export type VerifyResult = { ok: true; id: string; timestamp: number } | { ok: false; reason: VerifyFailure };

/** The key bytes of a `whsec_<base64>` secret, or null when it is not one. */
export function secretKey(secret: string): Buffer | null {
  const m = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret.trim());
  if (!m?.[1]) return null;
  const key = Buffer.from(m[1], 'base64');
  return key.length >= 16 ? key : null;
}

function sign(key: Buffer, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
}

/**
 * The three headers for `body` signed with `secret` at `at`.
 *
 * @example
 * const headers = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_1', new Date(), JSON.stringify(payload));
 * await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
 */
export function signWebhook(secret: string, id: string, at: Date, body: string): WebhookHeaders {
  const key = secretKey(secret);
  if (!key) throw new Error('The webhook secret must be "whsec_" followed by a base64 key of at least 16 bytes');
  const timestamp = Math.floor(at.getTime() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${sign(key, id, timestamp, body)}` };
}

/**
 * Checks the headers of a request against `secret` at `now`: timestamp within ±5 minutes and one
 * `v1` signature equal (constant-time) to ours. Nothing is thrown for bad input.
 *
 * @example
 * verifyWebhook(secret, { id, timestamp, signature }, rawBody, new Date()); // { ok: true, id, timestamp }
 */
export function verifyWebhook(
  secret: string,
  headers: { id: string | undefined; timestamp: string | undefined; signature: string | undefined },
  body: string,
  now: Date,
): VerifyResult {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || id.length > 256) return { ok: false, reason: 'missing_headers' };
  const key = secretKey(secret);
  if (!key) return { ok: false, reason: 'bad_secret' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const ts = Number(timestamp);
  if (Math.abs(now.getTime() / 1000 - ts) > TOLERANCE_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(sign(key, id, ts, body), 'base64');
  const match = signature.split(' ').some((part) => {
    const [version, value] = part.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true, id, timestamp: ts } : { ok: false, reason: 'bad_signature' };
}
