/**
 * Entra mode: the tab API requires a Teams SSO access token (Authorization: Bearer), verified
 * with jose: signature (Microsoft's JWKS, injectable for tests), `exp`/`nbf`, issuer v2 of our
 * tenant, `tid`, audience (the app id or an `api://…/{appId}` URI) and `scp` ∋ access_as_user.
 */
import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Locale } from '../../core/index';
import { httpError } from '../http/http-error';
import type { Identity } from '../service/types';
import type { Authenticator } from './types';

export interface EntraConfig {
  appId: string;
  tenantId: string;
  /** Accepted App ID URIs; default: any `api://<host>/<appId>`. */
  appIdUris?: string[];
  /** Required delegated scope. */
  scope?: string;
  /** Allowed clock skew in seconds (default 300 s, as Microsoft's validators). */
  clockToleranceSec?: number;
}

/** Microsoft's signing keys for a tenant (v2 endpoint). */
export function microsoftJwks(tenantId: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/discovery/v2.0/keys`));
}

const Claims = z.object({
  tid: z.string(),
  oid: z.string().optional(),
  sub: z.string().optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
  email: z.string().optional(),
  scp: z.string().optional(),
  aud: z.union([z.string(), z.array(z.string())]),
});

/** True when `aud` is the app id or an accepted App ID URI for it. */
export function audienceMatches(aud: string | string[], config: EntraConfig): boolean {
  const values = Array.isArray(aud) ? aud : [aud];
  return values.some((a) =>
    a === config.appId ||
    (config.appIdUris ? config.appIdUris.includes(a) : a.startsWith('api://') && a.endsWith(`/${config.appId}`)),
  );
}

/**
 * Verifies a token and returns the identity it carries, or throws HttpError 401.
 *
 * @example
 * const identity = await verifySsoToken(token, config, microsoftJwks(config.tenantId), 'es', now);
 */
export async function verifySsoToken(
  token: string,
  config: EntraConfig,
  keys: JWTVerifyGetKey,
  locale: Locale,
  now: Date,
): Promise<Identity> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer: `https://login.microsoftonline.com/${config.tenantId}/v2.0`,
      clockTolerance: config.clockToleranceSec ?? 300,
      currentDate: now,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'tid', 'aud'],
    }));
  } catch {
    throw httpError(401, 'unauthorized', undefined, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
  const claims = Claims.safeParse(payload);
  const scope = config.scope ?? 'access_as_user';
  if (
    !claims.success ||
    claims.data.tid !== config.tenantId ||
    !audienceMatches(claims.data.aud, config) ||
    !(claims.data.scp ?? '').split(' ').includes(scope)
  ) {
    throw httpError(401, 'unauthorized', undefined, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
  const c = claims.data;
  const id = c.oid ?? c.sub;
  const email = (c.preferred_username ?? c.email ?? c.upn ?? '').toLowerCase();
  if (!id) throw httpError(401, 'unauthorized');
  return { id, name: c.name ?? email, email, locale };
}

/** The Entra-mode authenticator (`now` from the injected clock). */
export function entraAuthenticator(config: EntraConfig, keys: JWTVerifyGetKey, now: () => Date): Authenticator {
  return {
    mode: 'entra',
    async identify(req: IncomingMessage, locale: Locale): Promise<Identity> {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/.exec(header.trim());
      if (!match?.[1]) {
        throw httpError(401, 'unauthorized', undefined, { 'WWW-Authenticate': 'Bearer' });
      }
      return verifySsoToken(match[1], config, keys, locale, now());
    },
  };
}
