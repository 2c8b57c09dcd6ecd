/**
 * msw handlers faking what botbuilder talks to: the Bot Connector REST v3 (send/reply activities,
 * get member), the Entra token endpoint (client credentials) and the Bot Framework OpenID
 * metadata + JWKS used to check inbound tokens. Stateful (see {@link ConnectorState}).
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { ConnectorState, SERVICE_URL } from './connector-state';
import { OPENID_URL, JWKS_URL, type ChannelSigner } from './jwt';

const Body = z.record(z.string(), z.unknown());

export function botConnectorHandlers(state: ConnectorState, signer?: ChannelSigner, serviceUrl = SERVICE_URL) {
  const activities = async (request: Request, conversationId: string, replyToId: string | null) => {
    state.calls += 1;
    const throttle = state.throttles.get(conversationId);
    if (throttle && throttle.times > 0) {
      throttle.times -= 1;
      const headers: Record<string, string> = {};
      if (throttle.retryAfterSeconds !== undefined) headers['Retry-After'] = String(throttle.retryAfterSeconds);
      if (throttle.instantSdkRetry) headers['retry-after-ms'] = '0';
      return HttpResponse.json({ error: { code: 'TooManyRequests', message: 'throttled' } }, { status: 429, headers });
    }
    const body = Body.parse(await request.json());
    state.sent.push({ conversationId, replyToId, authorization: request.headers.get('authorization'), body });
    return HttpResponse.json({ id: `sent-${state.sent.length}` });
  };
  return [
    http.post(`${serviceUrl}v3/conversations/:conversationId/activities`, ({ request, params }) =>
      activities(request, String(params.conversationId), null)),
    http.post(`${serviceUrl}v3/conversations/:conversationId/activities/:replyToId`, ({ request, params }) =>
      activities(request, String(params.conversationId), String(params.replyToId))),
    http.get(`${serviceUrl}v3/conversations/:conversationId/members/:userId`, ({ params }) => {
      const member = state.members.get(String(params.userId));
      if (!member) return HttpResponse.json({ error: { code: 'MemberNotFoundInConversation' } }, { status: 404 });
      return HttpResponse.json({ ...member, userPrincipalName: member.email, tenantId: 'tenant-1', userRole: 'user' });
    }),
    http.post('https://login.microsoftonline.com/:tenant/oauth2/v2.0/token', async ({ request, params }) => {
      const form = new URLSearchParams(await request.text());
      state.tokenRequests.push({ tenant: String(params.tenant), scope: form.get('scope') });
      return HttpResponse.json({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'fake-bot-token' });
    }),
    http.get(OPENID_URL, () =>
      HttpResponse.json({
        issuer: 'https://api.botframework.com',
        jwks_uri: JWKS_URL,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      })),
    http.get(JWKS_URL, async () => HttpResponse.json({ keys: signer ? [await signer.jwk()] : [] })),
  ];
}
