/**
 * Who is using the tab and how the API is called. Local mode (no Entra app): identity by the
 * `X-Ventanilla-User` header — the Teams user's UPN inside Teams, the chosen demo user in a
 * browser. Entra mode: the server answers 401 to that, and the session switches to Teams SSO
 * tokens (`Authorization: Bearer`) for every later call.
 */
import { resolveLocale, type Locale } from '../../../../src/core/index';
import { ApiError, createApiClient, type ApiClient } from '../../../shared/api/client';
import type { Me } from '../../../shared/api/schemas';
import type { HostInfo } from './teams-host';

export interface Session {
  api: ApiClient;
  me: Me;
  locale: Locale;
}

const DEMO_USER_KEY = 'ventanilla.demoUser';

/** The demo user chosen in browser mode: `?as=` first, then the one remembered in this browser. */
export function chosenDemoUser(search: string, storage: Pick<Storage, 'getItem'> | null): string | null {
  const fromQuery = new URLSearchParams(search).get('as');
  if (fromQuery) return fromQuery;
  return storage?.getItem(DEMO_USER_KEY) ?? null;
}

/** Remembers the demo user for the next tab opened in this browser. */
export function rememberDemoUser(storage: Pick<Storage, 'setItem'>, email: string): void {
  storage.setItem(DEMO_USER_KEY, email);
}

/**
 * Opens a session: reads `/api/me`, upgrading to SSO when the server demands it.
 *
 * @example
 * const session = await openSession(host, chosenDemoUser(location.search, localStorage));
 */
export async function openSession(host: HostInfo, demoUser: string | null, fetchImpl?: typeof fetch): Promise<Session> {
  const locale = resolveLocale(host.locale);
  let sso = false;
  const authHeaders = async (): Promise<Record<string, string>> => {
    if (sso && host.getAuthToken) return { Authorization: `Bearer ${await host.getAuthToken()}` };
    const user = host.inTeams ? host.userPrincipalName : demoUser;
    return user ? { 'X-Ventanilla-User': user } : {};
  };
  const api = createApiClient({ locale, authHeaders, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  try {
    return { api, me: await api.me(), locale };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || !host.getAuthToken) throw error;
    sso = true;
    return { api, me: await api.me(), locale };
  }
}
