/** Helpers shared by the route files: service results → replies. */
import { HttpError } from '../http-error';
import type { Reply } from '../route';
import { statusForCode } from '../../service/errors';
import type { ServiceResult } from '../../service/types';

/** The value of a successful result, or throws the matching HttpError. */
export function unwrap<T>(result: ServiceResult<T>): T {
  if (result.ok) return result.value;
  throw new HttpError(statusForCode(result.error.code), result.error);
}

/** `200` (or `status`) JSON reply of a service result. */
export function jsonOf<T>(result: ServiceResult<T>, status = 200): Reply {
  return { status, json: unwrap(result) };
}
