/** An expected HTTP failure: status, stable code, i18n params (rendered per Accept-Language). */
import type { ServiceError } from '../service/types';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ServiceError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${error.code}`);
    this.name = 'HttpError';
  }
}

/** `new HttpError(status, { code, params })` in one call. */
export function httpError(
  status: number,
  code: string,
  params?: ServiceError['params'],
  headers?: Readonly<Record<string, string>>,
): HttpError {
  return new HttpError(status, params ? { code, params } : { code }, headers);
}
