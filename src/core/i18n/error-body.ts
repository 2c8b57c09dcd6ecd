import { hasMessage, t, type Locale, type MessageParams } from './translate';

/** The JSON error body every HTTP surface returns. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * `{ error: { code, message } }` with the message in `locale`. The message key is `messageKey`
 * when given, else `tickets.error.<code>`, else `common.error.<code>`, else the generic
 * `common.error.unexpected`.
 *
 * @example
 * errorBody('not_found', 'en', { id: 't-1' }); // { error: { code: 'not_found', message: 'Ticket t-1 was not found.' } }
 */
export function errorBody(code: string, locale: Locale, params?: MessageParams, messageKey?: string): ErrorBody {
  const candidates = [messageKey, `tickets.error.${code}`, `common.error.${code}`, 'common.error.unexpected'];
  const key = candidates.find((k): k is string => k !== undefined && hasMessage(k)) ?? 'common.error.unexpected';
  return { error: { code, message: t(locale, key, params) } };
}
