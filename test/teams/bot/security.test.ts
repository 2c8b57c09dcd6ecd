import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorState, SERVICE_URL } from '../../fakes/bot-connector/connector-state';
import { ChannelSigner, type TokenClaims } from '../../fakes/bot-connector/jwt';
import { connectorServer, message, startHarness, type Harness } from './harness';

/**
 * With an app id configured (SingleTenant), the bot endpoint only accepts activities carrying a
 * Bot Framework channel token signed by a key in the Bot Framework JWKS (served by msw), for this
 * app, from the activity's service URL, not expired.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'tenant-1';
const state = new ConnectorState();
let signer: ChannelSigner;
let msw: ReturnType<typeof connectorServer>;
let h: Harness;

beforeAll(async () => {
  signer = await ChannelSigner.create('bf-key-1');
  msw = connectorServer(state, signer);
  msw.listen({ onUnhandledRequest: 'error' });
  h = await startHarness(state, { appId: APP_ID, appPassword: 'not-a-real-secret', tenantId: TENANT });
});
afterAll(async () => {
  await h.close();
  msw.close();
});

const good: TokenClaims = { aud: APP_ID, serviceUrl: SERVICE_URL };

describe('bot endpoint with an app id', () => {
  const rejected: { name: string; authorization: () => Promise<string | null> }[] = [
    { name: 'no Authorization header (unsigned activity)', authorization: async () => null },
    { name: 'not a JWT', authorization: async () => 'Bearer not-a-token' },
    { name: 'signed by an unknown key', authorization: async () => `Bearer ${await (await ChannelSigner.create('other-kid')).sign(good)}` },
    { name: 'forged: right key id, wrong key', authorization: async () => `Bearer ${await (await ChannelSigner.create('bf-key-1')).sign(good)}` },
    { name: 'wrong audience (another bot)', authorization: async () => `Bearer ${await signer.sign({ ...good, aud: 'someone-else' })}` },
    { name: 'expired', authorization: async () => `Bearer ${await signer.sign({ ...good, expiresIn: -3600 })}` },
    { name: 'service URL claim differs from the activity', authorization: async () => `Bearer ${await signer.sign({ ...good, serviceUrl: 'https://evil.example.com/' })}` },
    { name: 'wrong issuer', authorization: async () => `Bearer ${await signer.sign({ ...good, iss: 'https://evil.example.com' })}` },
  ];
  it.each(rejected)('$name → 401, nothing filed, nothing sent', async ({ authorization }) => {
    const header = await authorization();
    const { status } = await h.post(message('nueva solicitud', { expectReplies: false }), header ? { authorization: header } : {});
    expect(status).toBe(401);
    expect(state.sent).toHaveLength(0);
    expect(h.service.calls).toHaveLength(0);
  });

  it('a valid channel token is accepted; replies carry the bot token from the tenant', async () => {
    const { status } = await h.post(message('hola', { id: 'act-signed', expectReplies: false }), { authorization: `Bearer ${await signer.sign(good)}` });
    expect(status).toBe(200);
    expect(state.sent).toHaveLength(1);
    expect(state.sent[0]).toMatchObject({ replyToId: 'act-signed', authorization: 'Bearer fake-bot-token' });
    expect(state.tokenRequests).toContainEqual({ tenant: TENANT, scope: 'https://api.botframework.com/.default' });
  });
});
