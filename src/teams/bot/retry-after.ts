/**
 * Reading a throttling answer out of a failed Bot Connector call. The connector client throws a
 * `RestError` with `statusCode` and the raw `response.headers` (an object with `get(name)`).
 */
import { z } from 'zod';

const RestErrorLike = z.object({
  statusCode: z.number(),
  response: z.object({ headers: z.unknown() }).optional(),
});

/** The HTTP status of a connector error, or null when it is not an HTTP error. */
export function statusOf(error: unknown): number | null {
  const parsed = RestErrorLike.safeParse(error);
  return parsed.success ? parsed.data.statusCode : null;
}

/**
 * The wait a 429 asks for, in ms: `Retry-After` as seconds or as an HTTP date (relative to `now`).
 * Null when the error is no 429 or carries no usable header.
 *
 * @example
 * retryAfterMs(restError429WithRetryAfter3, 0); // 3000
 */
export function retryAfterMs(error: unknown, now: number): number | null {
  const parsed = RestErrorLike.safeParse(error);
  if (!parsed.success || parsed.data.statusCode !== 429) return null;
  const headers = parsed.data.response?.headers;
  const value = headerValue(headers, 'retry-after');
  if (value === null) return null;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

function headerValue(headers: unknown, name: string): string | null {
  if (headers === null || typeof headers !== 'object') return null;
  const get: unknown = Reflect.get(headers, 'get');
  const value: unknown = typeof get === 'function' ? Reflect.apply(get, headers, [name]) : Reflect.get(headers, name);
  return typeof value === 'string' ? value : null;
}
