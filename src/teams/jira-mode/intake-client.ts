/**
 * Jira mode: files intake requests into Jira through the Forge `ventanilla-intake` web trigger,
 * signed per Standard Webhooks with the shared `whsec_` secret. Retries with backoff on network
 * errors, 5xx and 429 (honouring `Retry-After`); the `Idempotency-Key` header (= the intake key)
 * makes every retry resolve to the same ticket. See docs/decisions/0080-jira-mode-intake.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock, Locale } from '../../core/index';
import { signWebhook } from '../../jira/webhooks/standard-webhooks';
import type { ServiceResult } from '../service/types';

/** The ticket view the web trigger answers with (the fields Jira mode relies on; others kept). */
export const remoteTicketSchema = z.looseObject({
  id: z.string(),
  number: z.string(),
  type: z.string(),
  status: z.string(),
  priority: z.string(),
  tier: z.string(),
  channel: z.string(),
  legal: z.looseObject({ dueDate: z.string(), dueAt: z.string() }).nullable(),
  sla: z.array(z.looseObject({ metric: z.string() })),
  requester: z.looseObject({ name: z.string(), email: z.string() }),
  jira: z.looseObject({ issueId: z.string(), issueKey: z.string() }).optional(),
});
export type RemoteTicket = z.infer<typeof remoteTicketSchema>;

/** Per-attempt cap (a hung connection counts as a failed attempt and is retried). */
const ATTEMPT_TIMEOUT_MS = 15_000;

const errorSchema = z.object({ error: z.looseObject({ code: z.string(), message: z.string() }) });

export interface IntakeClientConfig {
  /** The web trigger URL (`VENTANILLA_JIRA_INTAKE_URL`). */
  url: string;
  /** `whsec_…` (`VENTANILLA_JIRA_INTAKE_SECRET`). */
  secret: string;
}

export interface RetryOptions {
  /** Attempts in all (default 4). */
  maxAttempts: number;
  /** First backoff (default 500 ms), doubled per attempt. */
  baseDelayMs: number;
  /** Longest single wait, Retry-After included (default 30 s); a longer Retry-After gives up. */
  maxWaitMs: number;
  /** Waits `ms` (injected in tests). */
  sleep(ms: number): Promise<void>;
}

export interface IntakeClientDeps {
  config: IntakeClientConfig;
  clock: Clock;
  retry?: Partial<RetryOptions>;
  fetch?: typeof fetch;
  /** Nonce for webhook ids (default random). */
  nonce?: () => string;
}

/** Filing outcome: the remote view and whether this call created it (201) or found it (200). */
export interface RemoteFiled {
  ticket: RemoteTicket;
  created: boolean;
}

const defaults: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The `webhook-id` stem for an intake key: stable, opaque (no personal data), ≤ 256 chars. */
export function webhookIdStem(intakeKey: string): string {
  return `msg_${createHash('sha256').update(intakeKey, 'utf8').digest('hex').slice(0, 32)}`;
}

/** Seconds or HTTP-date `Retry-After` → ms (null when absent or unreadable). */
export function retryAfterMs(value: string | null, now: Date): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** Client of the Forge intake web trigger. */
export class JiraIntakeClient {
  private readonly retry: RetryOptions;
  private readonly doFetch: typeof fetch;
  private readonly nonce: () => string;

  constructor(private readonly deps: IntakeClientDeps) {
    this.retry = { ...defaults, ...deps.retry };
    this.doFetch = deps.fetch ?? ((input, init) => fetch(input, init));
    this.nonce = deps.nonce ?? (() => randomUUID().replaceAll('-', '').slice(0, 12));
  }

  /**
   * Files `intake` (the IntakeRequest JSON) under `intakeKey`. Expected failures come back as
   * service errors: the web trigger's own `{ error: { code } }` for 4xx (401 →
   * `jira_intake_unauthorized`), `jira_unavailable` when retries run out, `jira_bad_response`.
   *
   * @example
   * const r = await client.file({ type: 'peticion', subject, description, impact: 'media', urgency: 'media', requester }, 'teams:c1:a1', 'es');
   * if (r.ok) r.value.ticket.number; // 'PQRS-2026-000001'
   */
  async file(intake: unknown, intakeKey: string, locale: Locale): Promise<ServiceResult<RemoteFiled>> {
    const body = JSON.stringify(intake);
    const stem = webhookIdStem(intakeKey);
    let lastStatus = 0;
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt++) {
      // Fresh id per attempt: the receiver rejects a seen id (replay), the Idempotency-Key dedups.
      const signed = signWebhook(this.deps.config.secret, `${stem}_${this.nonce()}`, this.deps.clock.now(), body);
      let res: Response | null;
      try {
        res = await this.doFetch(this.deps.config.url, {
          method: 'POST',
          headers: { ...signed, 'content-type': 'application/json', 'idempotency-key': intakeKey, 'accept-language': locale },
          body,
          signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
      } catch {
        res = null; // dropped connection / lost response: retry, the Idempotency-Key makes it safe
      }
      if (res && res.status < 500 && res.status !== 429) return this.read(res);
      lastStatus = res?.status ?? 0;
      if (attempt === this.retry.maxAttempts) break;
      const hinted = res ? retryAfterMs(res.headers.get('retry-after'), this.deps.clock.now()) : null;
      const wait = hinted ?? this.retry.baseDelayMs * 2 ** (attempt - 1);
      if (wait > this.retry.maxWaitMs) break;
      if (res) await res.arrayBuffer().catch(() => undefined); // free the connection
      await this.retry.sleep(wait);
    }
    return { ok: false, error: { code: 'jira_unavailable', params: { status: lastStatus } } };
  }

  private async read(res: Response): Promise<ServiceResult<RemoteFiled>> {
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return { ok: false, error: { code: 'jira_bad_response', params: { status: res.status } } };
    }
    if (res.status === 200 || res.status === 201) {
      const parsed = remoteTicketSchema.safeParse(json);
      if (!parsed.success) return { ok: false, error: { code: 'jira_bad_response', params: { status: res.status } } };
      return { ok: true, value: { ticket: parsed.data, created: res.status === 201 } };
    }
    const err = errorSchema.safeParse(json);
    const remoteCode = err.success ? err.data.error.code : 'unknown';
    const detail = err.success ? err.data.error.message : `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) {
      return { ok: false, error: { code: 'jira_intake_unauthorized', params: { status: res.status, reason: remoteCode, detail } } };
    }
    if (res.status === 400 || res.status === 422) {
      const issues = z.object({ error: z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) }) }).safeParse(json);
      return { ok: false, error: { code: 'invalid_request', params: { detail }, ...(issues.success ? { issues: issues.data.error.issues } : {}) } };
    }
    return { ok: false, error: { code: remoteCode, params: { status: res.status, detail } } };
  }
}

/** Reads the Jira-mode intake settings from the environment; null when Jira mode is off. */
export function intakeConfigFromEnv(env: NodeJS.ProcessEnv): IntakeClientConfig | null {
  const url = env['VENTANILLA_JIRA_INTAKE_URL'];
  const secret = env['VENTANILLA_JIRA_INTAKE_SECRET'];
  if (!url || !secret) return null;
  return { url, secret };
}
