/**
 * Who is talking: the Teams user's e-mail and name come from the roster (one Bot Connector call
 * per user, cached). In local mode (no app id) a user the roster does not know is the configured
 * local user (default: the seeded demo requester).
 */
import type { Locale } from '../../core/index';
import type { Identity } from '../service/types';

export const DEFAULT_LOCAL_USER = { email: 'demo.solicitante@ventanilla.local', name: 'Demo solicitante' } as const;

export interface Member {
  email: string | null;
  name: string | null;
}

export interface IdentityOptions {
  anonymous: boolean;
  localUser: { email: string; name: string };
  maxCached?: number;
}

export class IdentityResolver {
  private readonly cache = new Map<string, { id: string; email: string; name: string }>();

  constructor(private readonly options: IdentityOptions) {}

  /**
   * The identity of `from`. `lookup` asks the roster; it is called once per user while cached.
   * In Teams mode a failed lookup throws (the turn fails visibly); in local mode it falls back.
   */
  async resolve(
    from: { id: string; name?: string; aadObjectId?: string },
    tenantId: string,
    locale: Locale,
    lookup: () => Promise<Member>,
  ): Promise<Identity> {
    const cacheKey = `${tenantId}|${from.id}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return { ...cached, locale };
    const resolved = await this.lookupOrFallback(from, lookup);
    if (this.cache.size >= (this.options.maxCached ?? 10_000)) this.cache.clear();
    this.cache.set(cacheKey, resolved);
    return { ...resolved, locale };
  }

  private async lookupOrFallback(
    from: { id: string; name?: string; aadObjectId?: string },
    lookup: () => Promise<Member>,
  ): Promise<{ id: string; email: string; name: string }> {
    const { anonymous, localUser } = this.options;
    let member: Member = { email: null, name: null };
    try {
      member = await lookup();
    } catch (error) {
      if (!anonymous) throw error;
    }
    if (member.email) {
      return { id: anonymous ? member.email : (from.aadObjectId ?? from.id), email: member.email, name: member.name ?? from.name ?? member.email };
    }
    if (!anonymous) throw new Error('Teams roster returned no e-mail for the user');
    return { id: localUser.email, email: localUser.email, name: localUser.name };
  }
}
