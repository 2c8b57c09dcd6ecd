/**
 * Local mode (no Entra app configured): authentication is OFF and the server listens on loopback
 * only. The caller names itself with `X-Ventanilla-User: <email>`; without it, the demo requester.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Locale } from '../../core/index';
import { httpError } from '../http/http-error';
import type { Identity } from '../service/types';
import type { Authenticator } from './types';

/** A known local user (demo users are seeded on first run). */
export interface LocalUser {
  id: string;
  name: string;
  email: string;
}

export interface LocalUserLookup {
  byEmail(email: string): Promise<LocalUser | null>;
}

/** The default identity when no header is sent: the seeded demo requester. */
export const DEMO_REQUESTER_EMAIL = 'demo.solicitante@ventanilla.local';

const UserHeader = z.email().max(320);

/** Loopback host names local mode may bind to. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', '::1', 'localhost'];

/** True when `host` is a loopback address (local mode refuses anything else). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host.trim().toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host.trim());
}

/**
 * The local-mode authenticator.
 *
 * @example
 * const auth = localAuthenticator(users); // X-Ventanilla-User: ana@example.com → Ana's identity
 */
export function localAuthenticator(users: LocalUserLookup): Authenticator {
  return {
    mode: 'local',
    async identify(req: IncomingMessage, locale: Locale): Promise<Identity> {
      const raw = req.headers['x-ventanilla-user'];
      const header = Array.isArray(raw) ? raw[0] : raw;
      const parsed = UserHeader.safeParse(header?.trim() ?? DEMO_REQUESTER_EMAIL);
      if (!parsed.success) throw httpError(401, 'unknown_user', { user: String(header).slice(0, 80) });
      const email = parsed.data.toLowerCase();
      const known = await users.byEmail(email);
      if (known) return { id: known.id, name: known.name, email: known.email, locale };
      return { id: email, name: email.split('@')[0] ?? email, email, locale };
    },
  };
}
