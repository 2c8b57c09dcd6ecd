/**
 * Jira mode, Forge → Teams: relays core notifications to the Teams server as a Standard-Webhooks
 * signed POST (`VENTANILLA_TEAMS_NOTIFY_URL`, secret `VENTANILLA_TEAMS_NOTIFY_SECRET`), which turns
 * them into proactive Teams messages. The payload carries ids, the radicado, the kind, locale,
 * tier and non-personal details only — never names, e-mails or text. The `webhook-id` is derived
 * from the notification's delivery key, so a redelivery is dropped by the receiver.
 * See docs/decisions/0081-jira-mode-notifications.md.
 */
import { fetch as forgeFetch } from '@forge/api';
import type { Notification, Notifier } from '../../core/index';
import { signWebhook } from '../webhooks/standard-webhooks';
import { relayPayload, type RelayedNotification } from './relay-payload';

export { relayedNotificationSchema, relayPayload, type RelayedNotification } from './relay-payload';

/** Per-attempt cap, so a slow Teams server cannot eat the consumer's 55 s budget. */
const ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * The HTTP client the relay needs: satisfied by `fetch` from `@forge/api` (the default: Forge's
 * egress-controlled fetch, allowed by `permissions.external.fetch.backend` in manifest.yml) and
 * by the global `fetch` (tests).
 */
export type RelayFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface TeamsRelayDeps {
  url: string;
  secret: string;
  now: () => Date;
  /** Default: `fetch` from `@forge/api`. */
  fetch?: RelayFetch;
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
    const doFetch: RelayFetch = this.deps.fetch ?? ((url, init) => forgeFetch(url, init));
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

/**
 * A relay from the Forge variables, or null when Jira mode notifications are not configured. The
 * URL's host must be listed under `permissions.external.fetch.backend` in manifest.yml (a host
 * that is not answers 403, logged by {@link relayToTeams}); see docs/jira-mode.md.
 */
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
