/**
 * Sending one Jira REST request with Jira's rate limits honoured: a 429 (or 503) with
 * `Retry-After` is waited out when the wait fits the caller's budget, otherwise a
 * {@link RateLimitedError} carries the wait up to the handler (which turns it into a Forge
 * `InvocationError` retry). Sleeping is injected so tests advance a fake clock instead.
 */
import type { APIResponse } from '@forge/api';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Jira asked us to slow down for longer than we may wait in this invocation. */
export class RateLimitedError extends Error {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number, readonly reason: string | null) {
    super(`Jira rate limit (${reason ?? 'unknown'}): retry after ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}

/** Jira answered with an unexpected status. The message carries no personal data. */
export class JiraError extends Error {
  readonly code = 'jira_error';
  constructor(readonly status: number, readonly operation: string) {
    super(`Jira ${operation} failed with HTTP ${status}`);
    this.name = 'JiraError';
  }
}

export interface RetryPolicy {
  sleep: Sleep;
  /** Longest total wait this invocation accepts before giving the retry back to Forge. */
  maxWaitMs: number;
  /** Attempts per request (first try included). */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { sleep: realSleep, maxWaitMs: 10_000, maxAttempts: 4 };

/** Seconds from `Retry-After` (delta-seconds; HTTP dates are rare on Jira and fall back to 5). */
export function retryAfterSeconds(value: string | null): number {
  if (value === null) return 5;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : 5;
}

/**
 * Runs `send` until it answers something other than 429/503, waiting `Retry-After` between tries.
 *
 * @example
 * const res = await withRetry(() => asApp().requestJira(route`/rest/api/3/myself`), DEFAULT_RETRY);
 */
export async function withRetry(send: () => Promise<APIResponse>, policy: RetryPolicy): Promise<APIResponse> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const res = await send();
    if (res.status !== 429 && res.status !== 503) return res;
    const seconds = retryAfterSeconds(res.headers.get('retry-after'));
    const reason = res.headers.get('ratelimit-reason');
    const waitMs = seconds * 1000;
    if (attempt >= policy.maxAttempts || waited + waitMs > policy.maxWaitMs) throw new RateLimitedError(seconds, reason);
    await res.text();
    waited += waitMs;
    await policy.sleep(waitMs);
  }
}
