/**
 * A notification relayed by Forge (ids, radicado, kind, tier and whitelisted scalar details, no
 * personal data) turned back into the core's {@link Notification}, so the bot's notifier renders
 * it exactly as in standalone mode. The requester comes from the local mirror; a ticket that is
 * not mirrored (filed in Jira directly) reaches only the tier's channel.
 */
import { z } from 'zod';
import { PQRS_KINDS, PRIORITIES, TICKET_STATUSES, TIERS, type Notification, type NotificationDetail, type TicketStatus } from '../../core/index';
import type { RelayedNotification } from '../../jira/notifier/relay-payload';
import type { MirrorEntry } from './sqlite-jira-mirror';

const tier = z.enum(TIERS);
const priority = z.enum(PRIORITIES);
const status = z.string().transform((s, ctx): TicketStatus => {
  const found = TICKET_STATUSES.find((x) => x === s);
  if (found === undefined) ctx.addIssue({ code: 'custom', message: 'unknown status' });
  return found ?? 'open';
});
const percent = z.number().min(0);
const localDate = z.iso.date();

/** The detail of each kind Teams renders (as the core defines them). A kind not listed is not delivered. */
const detailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticketFiled'), created: z.boolean().default(true) }),
  z.object({ kind: z.literal('agentReplied'), public: z.boolean() }),
  z.object({ kind: z.literal('requesterReplied') }),
  z.object({ kind: z.literal('statusChanged'), from: status, to: status }),
  z.object({ kind: z.literal('priorityChanged'), from: priority, to: priority }),
  z.object({ kind: z.literal('assigned'), from: z.null().default(null), to: z.null().default(null) }),
  z.object({ kind: z.literal('escalated'), from: tier, to: tier, trigger: z.enum(['manual', 'threshold']), key: z.null().default(null) }),
  z.object({ kind: z.literal('slaThreshold'), metric: z.enum(['firstResponse', 'resolution']), atPercent: percent, key: z.string().default('') }),
  z.object({ kind: z.literal('legalThreshold'), atPercent: percent, dueDate: localDate, key: z.string().default('') }),
  z.object({ kind: z.literal('legalExtended'), days: z.number().int(), dueDate: localDate }),
  z.object({ kind: z.literal('resolved'), csatRequested: z.boolean().default(false) }),
  z.object({ kind: z.literal('reopened') }),
  z.object({ kind: z.literal('rated'), score: z.number() }),
  z.object({ kind: z.literal('typeChanged'), from: z.enum(PQRS_KINDS), to: z.enum(PQRS_KINDS), legalDueDate: localDate.nullable().default(null) }),
]);
const KINDS: ReadonlySet<string> = new Set(detailSchema.options.map((o) => o.shape.kind.value));

/** Details the relay does not carry, filled in the way the core builds them. */
function completed(detail: NotificationDetail, ticketId: string): NotificationDetail {
  switch (detail.kind) {
    case 'slaThreshold':
      return { ...detail, key: `${ticketId}:${detail.metric}:${detail.atPercent}` };
    case 'legalThreshold':
      return { ...detail, key: `${ticketId}:legal:${detail.atPercent}` };
    case 'resolved':
      // The satisfaction survey cannot be answered from Teams in Jira mode (ratings live in Jira).
      return { ...detail, csatRequested: false };
    default:
      return detail;
  }
}

/** Why a relayed notification is not handed to the bot (logged by ticket id and kind). */
export type Skip = 'unknown_kind' | 'bad_detail' | 'acknowledged_by_turn';

/**
 * The core notification for `n`, or why it is skipped. A `ticketFiled` for a request filed in a
 * bot turn (or not yet mirrored) is skipped: the turn's own reply acknowledged it.
 *
 * @example
 * toCoreNotification(relayed, mirrorEntry); // { ok: true, notification: { kind: 'escalated', requester: { email, userId }, … } }
 */
export function toCoreNotification(
  n: RelayedNotification,
  entry: MirrorEntry | null,
): { ok: true; notification: Notification } | { ok: false; skip: Skip } {
  if (!KINDS.has(n.kind)) return { ok: false, skip: 'unknown_kind' };
  if (n.kind === 'ticketFiled' && (entry === null || entry.source === 'bot')) return { ok: false, skip: 'acknowledged_by_turn' };
  const parsed = detailSchema.safeParse({ ...n.detail, kind: n.kind });
  if (!parsed.success) return { ok: false, skip: 'bad_detail' };
  const detail = completed(parsed.data, n.ticketId);
  const requester = entry
    ? { email: entry.requesterEmail, ...(entry.requesterUserId !== null && { userId: entry.requesterUserId }) }
    : { email: '' };
  const currentTier = tier.safeParse(n.tier);
  return {
    ok: true,
    notification: {
      ...detail,
      ticketId: n.ticketId,
      number: n.number,
      locale: n.locale,
      requester,
      assigneeId: null,
      tier: currentTier.success ? currentTier.data : (entry?.view.tier ?? 'N1'),
      deliveryKey: n.id,
    },
  };
}
