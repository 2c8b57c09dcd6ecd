/** How the server learns who is calling. */
import type { IncomingMessage } from 'node:http';
import type { Locale } from '../../core/index';
import type { Identity } from '../service/types';

export type AuthMode = 'local' | 'entra';

export interface Authenticator {
  mode: AuthMode;
  /** The caller's identity, or throws HttpError 401 (missing/invalid credentials). */
  identify(req: IncomingMessage, locale: Locale): Promise<Identity>;
}
