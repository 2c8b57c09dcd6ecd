/** Expected failures are values: a stable code, an i18n message key and its params. */
import type { MessageParams } from '../i18n/index';

/** Stable error codes of the ticket use cases (the HTTP layer maps them to statuses). */
export type TicketErrorCode =
  | 'not_found'
  | 'conflict'
  | 'invalid_input'
  | 'forbidden'
  | 'invalid_transition'
  | 'already_rated'
  | 'not_resolved'
  | 'no_legal_term'
  | 'already_extended'
  | 'term_expired'
  | 'extension_too_long'
  | 'tier_limit'
  | 'same_value';

/** A domain error: `messageKey` is `tickets.error.<code>` in the i18n catalogue. */
export interface DomainError {
  code: TicketErrorCode;
  messageKey: string;
  params: MessageParams;
}

/** Success or an expected failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * A success.
 *
 * @example
 * ok(1); // { ok: true, value: 1 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * A failure with the code's message key.
 *
 * @example
 * fail('not_found', { id: 't-1' }); // { ok: false, error: { code: 'not_found', messageKey: 'tickets.error.not_found', params: { id: 't-1' } } }
 */
export function fail<T = never>(code: TicketErrorCode, params: MessageParams = {}): Result<T> {
  return { ok: false, error: { code, messageKey: `tickets.error.${code}`, params } };
}
