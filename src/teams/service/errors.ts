/**
 * Rendering of service errors as the API's `{ error: { code, message } }` body, and their HTTP
 * status. The bot uses `serviceErrorBody(...).error.message` for its reply text.
 */
import { errorBody, hasMessage, type Locale } from '../../core/index';
import type { ServiceError, ServiceResult } from './types';

/** The error JSON (with `issues` for validation errors), message in `locale`. */
export interface ServiceErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/**
 * `{ error: { code, message[, issues] } }` for a service error. The message key is the error's
 * `messageKey`, else `server.error.<code>`, else the core's `tickets.error.<code>` /
 * `common.error.<code>`, else a generic message.
 *
 * @example
 * serviceErrorBody({ code: 'forbidden' }, 'en'); // { error: { code: 'forbidden', message: 'You are not allowed to do this.' } }
 */
export function serviceErrorBody(error: ServiceError, locale: Locale): ServiceErrorJson {
  const serverKey = `server.error.${error.code}`;
  const key = error.messageKey ?? (hasMessage(serverKey) ? serverKey : undefined);
  const params = { detail: issuesText(error), ...error.params };
  const body = errorBody(error.code, locale, params, key);
  const json: ServiceErrorJson = { error: { code: body.error.code, message: body.error.message } };
  if (error.issues) json.error.issues = error.issues;
  return json;
}

function issuesText(error: ServiceError): string {
  if (!error.issues || error.issues.length === 0) return error.code;
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
}

/** HTTP status for a service error code. */
export function statusForCode(code: string): number {
  switch (code) {
    case 'invalid_request':
    case 'invalid_input':
    case 'invalid_json':
    case 'invalid_idempotency_key':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
    case 'ticket_not_found':
      return 404;
    case 'conflict':
    case 'idempotency_mismatch':
    case 'jira_mode':
      return 409;
    case 'jira_intake_unauthorized':
    case 'jira_bad_response':
      return 502;
    case 'jira_unavailable':
      return 503;
    case 'unavailable':
      return 503;
    default:
      return 422;
  }
}

/** Shorthands for building results. */
export const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: ServiceError): ServiceResult<T> => ({ ok: false, error });
