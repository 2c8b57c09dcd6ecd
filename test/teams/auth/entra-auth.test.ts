import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const NOW = '2026-03-02T14:00:00.000Z';
const nowSec = Date.parse(NOW) / 1000;

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let good: KeyPair;
let forger: KeyPair;
let s: TestServer;

async function token(claims: Record<string, unknown> = {}, opts: { key?: KeyPair; kid?: string } = {}): Promise<string> {
  const key = opts.key ?? good;
  return new SignJWT({
    tid: TENANT, oid: 'oid-ana', name: 'Ana', preferred_username: 'ana@contoso.com', scp: 'access_as_user',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
    .setIssuer(typeof claims.iss === 'string' ? claims.iss : `https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(typeof claims.aud === 'string' ? claims.aud : `api://localhost:3978/${APP_ID}`)
    .setIssuedAt(nowSec - 60)
    .setExpirationTime(typeof claims.exp === 'number' ? claims.exp : nowSec + 3600)
    .sign(key.privateKey);
}

beforeAll(async () => {
  good = await generateKeyPair('RS256');
  forger = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  s = await startTestServer({
    now: NOW,
    entra: { appId: APP_ID, tenantId: TENANT, appPassword: 'test-secret' },
    jwks: createLocalJWKSet({ keys: [jwk] }),
  });
});
afterAll(async () => {
  await s.app.close();
});

const me = (authorization?: string) =>
  s.call('/api/me', authorization ? { headers: { Authorization: authorization } } : {});

describe('Entra mode: Teams SSO tokens on the tab API', () => {
  it('accepts a valid token (App ID URI audience) and reports mode entra', async () => {
    const res = await me(`Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'oid-ana', email: 'ana@contoso.com', roles: ['requester'], mode: 'entra' });
  });

  it('accepts the bare app id as audience (v2 tokens)', async () => {
    expect((await me(`Bearer ${await token({ aud: APP_ID })}`)).status).toBe(200);
  });

  it.each([
    ['no header', async () => undefined],
    ['not a bearer token', async () => 'Basic YWxhZGRpbjpvcGVuc2VzYW1l'],
    ['garbage', async () => 'Bearer not.a.jwt'],
    ['forged (another key, same kid)', async () => `Bearer ${await token({}, { key: forger })}`],
    ['expired', async () => `Bearer ${await token({ exp: nowSec - 3600 })}`],
    ['wrong audience', async () => `Bearer ${await token({ aud: 'api://localhost/someone-else' })}`],
    ['wrong tenant (issuer and tid)', async () =>
      `Bearer ${await token({ tid: 'other-tenant', iss: 'https://login.microsoftonline.com/other-tenant/v2.0' })}`],
    ['wrong tenant (tid only)', async () => `Bearer ${await token({ tid: 'other-tenant' })}`],
    ['v1 issuer', async () => `Bearer ${await token({ iss: `https://sts.windows.net/${TENANT}/` })}`],
    ['no scope', async () => `Bearer ${await token({ scp: undefined })}`],
    ['other scope', async () => `Bearer ${await token({ scp: 'User.Read' })}`],
  ])('rejects %s with 401 and a message', async (_name, header) => {
    const res = await me(await header());
    expect(res.status).toBe(401);
    const body: unknown = await res.json();
    expect(body).toMatchObject({ error: { code: expect.stringMatching(/unauthorized/), message: expect.any(String) } });
  });

  it('the bot endpoint rejects an unsigned activity with 401', { timeout: 60_000 }, async () => {
    const res = await s.call('/api/messages', {
      method: 'POST',
      json: {
        type: 'message', id: 'act-1', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
        from: { id: '29:u' }, recipient: { id: '28:b' }, conversation: { id: 'a:c' }, text: 'hola',
      },
    });
    expect(res.status).toBe(401);
  });

  it('X-Ventanilla-User is ignored in Entra mode', async () => {
    const res = await s.call('/api/me', { user: 'demo.admin@ventanilla.local' });
    expect(res.status).toBe(401);
  });
});
