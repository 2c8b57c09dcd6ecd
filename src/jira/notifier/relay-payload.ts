/**
 * The Forge → Teams relayed notification (Jira mode, ADR 0081): its zod schema, shared with the
 * Teams route that parses it, and how a core notification becomes one. Platform-free (zod and
 * node:crypto only), so the Teams server imports it without pulling in `@forge/api`.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Notification } from '../../core/index';

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
const SAFE_DETAIL = [
  'from', 'to', 'trigger', 'metric', 'atPercent', 'dueDate', 'legalDueDate', 'days', 'csatRequested', 'public', 'created', 'score',
] as const;

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

