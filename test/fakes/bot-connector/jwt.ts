/**
 * Bot Framework channel tokens for the security tests: an RSA key whose public half the fake
 * JWKS serves (with the `msteams` endorsement), and a signer for tokens with chosen claims.
 */
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export const OPENID_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const JWKS_URL = 'https://login.botframework.com/v1/.well-known/keys';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenClaims {
  aud: string;
  serviceUrl: string;
  iss?: string;
  /** Seconds from now (negative: already expired). Default 3600. */
  expiresIn?: number;
}

export class ChannelSigner {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    readonly kid: string,
  ) {}

  static async create(kid = 'test-key-1'): Promise<ChannelSigner> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    return new ChannelSigner(privateKey, jwk, kid);
  }

  /** The public key as the Bot Framework JWKS lists it. */
  async jwk(): Promise<JWK & { endorsements: string[] }> {
    return { ...this.publicJwk, kid: this.kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  }

  /** A signed channel → bot token. */
  async sign(claims: TokenClaims): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: claims.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(claims.iss ?? CHANNEL_ISSUER)
      .setAudience(claims.aud)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (claims.expiresIn ?? 3600))
      .sign(this.privateKey);
  }
}
