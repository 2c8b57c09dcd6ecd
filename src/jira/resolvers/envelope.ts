/** Building the resolver envelope `{ ok, data | error }` with localized messages. */
import { errorBody, t, type DomainError, type Locale, type MessageParams } from '../../core/index';
import type { ResolverError } from './contract';

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export function success<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

/** A failure with a `jira.error.*` message (else the core's `tickets.error.*` / common one). */
export function failure<T = never>(code: string, locale: Locale, params?: MessageParams, issues?: { path: string; message: string }[]): Envelope<T> {
  const key = `jira.error.${code}`;
  const text = t(locale, key, params);
  const message = text === key ? errorBody(code, locale, params).error.message : text;
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } };
}

/** A core use-case error as an envelope. */
export function fromDomain<T = never>(error: DomainError, locale: Locale): Envelope<T> {
  return { ok: false, error: errorBody(error.code, locale, error.params, error.messageKey).error };
}
