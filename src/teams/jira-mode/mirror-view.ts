/**
 * The mirrored ticket view (Jira mode): the web trigger's answer, kept so "mis solicitudes",
 * "estado" and the My requests tab work without calling Jira, and updated by relayed
 * notifications that carry state. Pure functions; the SQLite table is in sqlite-jira-mirror.ts.
 */
import { PRIORITIES, PQRS_KINDS, TICKET_STATUSES, TIERS, type TicketView } from '../../core/index';
import { ticketViewSchema } from '../../jira/resolvers/contract';
import type { RelayedNotification } from '../../jira/notifier/relay-payload';

/**
 * True when `value` is a ticket view as the core's `toTicketView` writes it (checked with the wire
 * schema the Forge resolvers share; the web trigger answers with the same JSON).
 *
 * @example
 * if (!isTicketView(remote)) return fail({ code: 'jira_bad_response' });
 */
export function isTicketView(value: unknown): value is TicketView {
  return ticketViewSchema.safeParse(value).success;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const pick = <T extends string>(list: readonly T[], v: unknown): T | null => list.find((x) => x === v) ?? null;

/**
 * The view after `n`: the tier always (every notification carries the current tier), plus the
 * status, priority, type, legal due date or breach flag for the kinds that change them. Kinds
 * without state (replies, assignment, rating) only move `updatedAt`.
 *
 * @example
 * applyRelayed(view, { kind: 'escalated', tier: 'N2', detail: { from: 'N1', to: 'N2' }, at, … }).tier; // 'N2'
 */
export function applyRelayed(view: TicketView, n: RelayedNotification): TicketView {
  const next: TicketView = { ...view, updatedAt: n.at, tier: pick(TIERS, n.tier) ?? view.tier };
  const to = n.detail['to'];
  switch (n.kind) {
    case 'statusChanged':
      next.status = pick(TICKET_STATUSES, to) ?? next.status;
      break;
    case 'resolved':
      next.status = 'resolved';
      break;
    case 'reopened':
      next.status = next.status === 'resolved' || next.status === 'closed' ? 'open' : next.status;
      break;
    case 'priorityChanged':
      next.priority = pick(PRIORITIES, to) ?? next.priority;
      break;
    case 'typeChanged': {
      next.type = pick(PQRS_KINDS, to) ?? next.type;
      const legalDueDate = text(n.detail['legalDueDate']);
      if (next.legal && legalDueDate !== null) next.legal = { ...next.legal, dueDate: legalDueDate };
      break;
    }
    case 'legalExtended': {
      const dueDate = text(n.detail['dueDate']);
      const days = n.detail['days'];
      if (next.legal && dueDate !== null) {
        next.legal = { ...next.legal, dueDate, extended: true, canExtend: false,
          extensionDays: typeof days === 'number' ? days : next.legal.extensionDays };
      }
      break;
    }
    case 'slaThreshold':
    case 'legalThreshold': {
      const atPercent = n.detail['atPercent'];
      if (typeof atPercent === 'number' && atPercent >= 100) next.breached = true;
      break;
    }
    default:
      break;
  }
  return next;
}
