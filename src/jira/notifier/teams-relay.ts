/**
 * Jira mode, Forge → Teams: relays core notifications to the Teams server as a Standard-Webhooks
 * signed POST (`VENTANILLA_TEAMS_NOTIFY_URL`, secret `VENTANILLA_TEAMS_NOTIFY_SECRET`), which turns
 * them into proactive Teams messages. The payload carries ids, the radicado, the kind, locale,
 * tier and non-personal details only — never names, e-mails or text. The `webhook-id` is derived
 * from the notification's delivery key, so a redelivery is dropped by the receiver.
 * See docs/decisions/0081-jira-mode-notifications.md.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Notification, Notifier } from '../../core/index';
import { signWebhook } from '../webhooks/standard-webhooks';

/** Per-attempt cap, so a slow Teams server cannot eat the consumer's 55 s budget. */
const ATTEMPT_TIMEOUT_MS = 5_000;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The relayed notification (shared with the Teams route, which parses it with this schema). */
export const relayedNotificationSchema = z.object({
  id: z.string().min(1).max(200),
  ticketId: z.string().min(1).max(200),
  number: z.string().min(1).max(64),
  kind: z.string().min(1).max(64),
  locale: z.enum(['es', 'en']),
  tier: z.string().max(16),
  at: z.iso.datetime(),
  detail: z.record(z.string(), scalar),
});
export type RelayedNotification = z.infer<typeof relayedNotificationSchema>;

/** Detail fields that are safe to relay (no personal data; `assigned` ids are left out). */
const SAFE_DETAIL = ['from', 'to', 'trigger', 'metric', 'atPercent', 'dueDate', 'days', 'csatRequested', 'public', 'created', 'score'] as const;

/**
 * The payload for `n` at `at`.
 *
 * @example
 * relayPayload(n, new Date('2026-03-02T14:00:00Z')); // { id: 'ntf_…', ticketId, number, kind: 'escalated', locale, tier, at, detail: { from: 'N1', to: 'N2', … } }
 */
export function relayPayload(n: Notification, at: Date): RelayedNotification {
  const detail: Record<string, string | number | boolean | null> = {};
  if (n.kind !== 'assigned') {
    const fields = new Map<string, unknown>(Object.entries(n));
    for (const k of SAFE_DETAIL) {
      const v = scalar.safeParse(fields.get(k));
      if (fields.has(k) && v.success) detail[k] = v.data;
    }
  }
  const basis = n.deliveryKey ?? `${n.ticketId}:${n.kind}:${JSON.stringify(detail)}:${at.toISOString()}`;
  const id = `ntf_${createHash('sha256').update(basis, 'utf8').digest('hex').slice(0, 40)}`;
  return { id, ticketId: n.ticketId, number: n.number, kind: n.kind, locale: n.locale, tier: n.tier, at: at.toISOString(), detail };
}

export interface TeamsRelayDeps {
  url: string;
  secret: string;
  now: () => Date;
  fetch?: typeof fetch;
  /** Attempts on network errors/5xx (default 3, no waiting in between: the queue retries later). */
  maxAttempts?: number;
}

/** Thrown when the Teams server does not accept a notification. `status` 0 = network error. */
export class TeamsRelayError extends Error {
  readonly code = 'teams_relay_failed';
  constructor(readonly status: number, readonly ticketId: string) {
    super(`Teams relay failed with HTTP ${status} for ticket ${ticketId}`);
  }
}

/** Signs and POSTs notifications to the Teams server. */
export class TeamsRelay {
  constructor(private readonly deps: TeamsRelayDeps) {}

  /** Sends one notification; resolves when the Teams server answered 2xx, else throws {@link TeamsRelayError}. */
  async send(n: Notification): Promise<RelayedNotification> {
    const payload = relayPayload(n, this.deps.now());
    const body = JSON.stringify(payload);
    const doFetch = this.deps.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
    let status = 0;
    for (let attempt = 1; attempt <= (this.deps.maxAttempts ?? 3); attempt++) {
      const headers = signWebhook(this.deps.secret, payload.id, this.deps.now(), body);
      try {
        const res = await doFetch(this.deps.url, {
          method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) return payload;
        if (res.status < 500) break;
      } catch {
        status = 0;
      }
    }
    throw new TeamsRelayError(status, n.ticketId);
  }
}

/** A relay from the Forge variables, or null when Jira mode notifications are not configured. */
export function relayFromEnv(env: NodeJS.ProcessEnv = process.env): TeamsRelay | null {
  const url = env['VENTANILLA_TEAMS_NOTIFY_URL'];
  const secret = env['VENTANILLA_TEAMS_NOTIFY_SECRET'];
  if (!url || !secret) return null;
  return new TeamsRelay({ url, secret, now: () => new Date() });
}

/**
 * Relays to Teams when configured (best effort: a failure is logged with the ticket id only and
 * does not undo the Jira side, whose comment/write-back already happened).
 */
export async function relayToTeams(n: Notification, relay: TeamsRelay | null = relayFromEnv()): Promise<void> {
  if (!relay) return;
  try {
    await relay.send(n);
  } catch (error) {
    const status = error instanceof TeamsRelayError ? error.status : -1;
    console.warn(JSON.stringify({ msg: 'teams relay failed', ticketId: n.ticketId, kind: n.kind, status }));
  }
}

/** A notifier that only relays (for callers that want the relay as a plain {@link Notifier}). */
export function teamsRelayNotifier(relay: TeamsRelay): Notifier {
  return { notify: async (n) => void (await relay.send(n)) };
}
