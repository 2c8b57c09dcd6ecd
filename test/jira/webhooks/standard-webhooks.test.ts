import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { secretKey, signWebhook, verifyWebhook } from '../../../src/jira/webhooks/standard-webhooks';

// The example from the Standard Webhooks spec / reference libraries.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TS = 1614265330;
const BODY = '{"test": 2432232314}';
const SPEC_SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

const headersOf = (h: ReturnType<typeof signWebhook>) => ({ id: h['webhook-id'], timestamp: h['webhook-timestamp'], signature: h['webhook-signature'] });

describe('Standard Webhooks signing', () => {
  it('matches the reference signature of the spec', () => {
    expect(signWebhook(SECRET, ID, new Date(TS * 1000), BODY)['webhook-signature']).toBe(SPEC_SIGNATURE);
  });

  it('verifies the reference request at its timestamp', () => {
    expect(verifyWebhook(SECRET, { id: ID, timestamp: String(TS), signature: SPEC_SIGNATURE }, BODY, new Date(TS * 1000)))
      .toEqual({ ok: true, id: ID, timestamp: TS });
  });

  it.each([
    ['2021-02-25T15:02:10Z', 'ok', '0 s'],
    ['2021-02-25T15:07:10Z', 'ok', '+300 s (edge)'],
    ['2021-02-25T14:57:10Z', 'ok', '-300 s (edge)'],
    ['2021-02-25T15:07:11Z', 'stale_timestamp', '+301 s'],
    ['2021-02-25T14:57:09Z', 'stale_timestamp', '-301 s'],
  ])('at %s → %s (%s)', (nowIso, expected) => {
    const r = verifyWebhook(SECRET, { id: ID, timestamp: String(TS), signature: SPEC_SIGNATURE }, BODY, new Date(nowIso));
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
  });

  it.each([
    ['tampered body', { id: ID, timestamp: String(TS), signature: SPEC_SIGNATURE }, '{"test": 2432232315}', 'bad_signature'],
    ['other id', { id: 'msg_other', timestamp: String(TS), signature: SPEC_SIGNATURE }, BODY, 'bad_signature'],
    ['v2 only', { id: ID, timestamp: String(TS), signature: SPEC_SIGNATURE.replace('v1,', 'v2,') }, BODY, 'bad_signature'],
    ['missing id', { id: undefined, timestamp: String(TS), signature: SPEC_SIGNATURE }, BODY, 'missing_headers'],
    ['non-numeric ts', { id: ID, timestamp: '16142653x0', signature: SPEC_SIGNATURE }, BODY, 'bad_timestamp'],
    ['rotation list', { id: ID, timestamp: String(TS), signature: `v1,AAAA ${SPEC_SIGNATURE}` }, BODY, 'ok'],
  ])('%s → %s', (_name, headers, body, expected) => {
    const r = verifyWebhook(SECRET, headers, body, new Date(TS * 1000));
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
  });

  it('rejects secrets that are not whsec_ base64 keys', () => {
    expect(secretKey('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBeNull();
    expect(secretKey('whsec_c2hvcnQ=')).toBeNull();
    expect(() => signWebhook('nope', ID, new Date(), BODY)).toThrow(/whsec_/);
  });

  it('property: sign→verify round-trips and equals an independent HMAC; any body change fails', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string(), fc.integer({ min: 1e9, max: 4e9 }), (id, body, ts) => {
      const at = new Date(ts * 1000);
      const h = signWebhook(SECRET, id, at, body);
      const oracle = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(`${id}.${ts}.${body}`).digest('base64');
      expect(h['webhook-signature']).toBe(`v1,${oracle}`);
      const ok = verifyWebhook(SECRET, headersOf(h), body, at);
      expect(ok.ok).toBe(id.length <= 256);
      expect(verifyWebhook(SECRET, headersOf(h), `${body} `, at).ok).toBe(false);
    }));
  });
});
