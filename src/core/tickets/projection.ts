/** Facts derived from a ticket's history (the history is the source of truth). */
import type { Actor, Ticket, TicketHistoryEntry, TicketStatus } from './model';
import { DONE_STATUSES, PAUSE_STATUSES } from './model';

/**
 * True when the ticket is resolved or closed.
 *
 * @example
 * isDone('resolved'); // true
 */
export function isDone(status: TicketStatus): boolean {
  return DONE_STATUSES.includes(status);
}

/**
 * True for waitingRequester / waitingThirdParty.
 *
 * @example
 * isPaused('waitingRequester'); // true
 */
export function isPaused(status: TicketStatus): boolean {
  return PAUSE_STATUSES.includes(status);
}

/**
 * True when `actor` is the ticket's requester (by user id or e-mail, case-insensitive).
 *
 * @example
 * isRequesterOf(ticket, { id: 'ana@example.org', role: 'requester' }); // true for Ana's ticket
 */
export function isRequesterOf(ticket: Pick<Ticket, 'requester'>, actor: Actor): boolean {
  if (actor.role !== 'requester') return false;
  const id = actor.id.toLowerCase();
  return id === ticket.requester.email.toLowerCase() || (ticket.requester.userId !== undefined && actor.id === ticket.requester.userId);
}

/**
 * True for agents, admins and the system (who may work tickets).
 *
 * @example
 * isStaff({ id: 'agent-1', role: 'agent' }); // true
 */
export function isStaff(actor: Actor): boolean {
  return actor.role === 'agent' || actor.role === 'admin' || actor.role === 'system';
}

/**
 * Instant of the first public agent reply (or resolution/closure, which answer too), or null.
 *
 * @example
 * firstResponseAt(ticket.history); // '2026-03-02T15:00:00.000Z'
 */
export function firstResponseAt(history: readonly TicketHistoryEntry[]): string | null {
  for (const e of history) {
    if (e.type === 'replied' && e.by === 'agent' && e.public) return e.at;
    if (e.type === 'resolved' || (e.type === 'statusChanged' && e.to === 'closed')) return e.at;
  }
  return null;
}

/**
 * Instant of the first resolution (or closure), or null: the answer for legal-term purposes.
 *
 * @example
 * firstAnsweredAt(ticket.history); // '2026-03-02T16:00:00.000Z'
 */
export function firstAnsweredAt(history: readonly TicketHistoryEntry[]): string | null {
  for (const e of history) if (e.type === 'resolved' || (e.type === 'statusChanged' && e.to === 'closed')) return e.at;
  return null;
}

/**
 * Instant of the latest resolution if the ticket is done now, else null.
 *
 * @example
 * lastResolvedAt(ticket); // null while open
 */
export function lastResolvedAt(ticket: Pick<Ticket, 'history' | 'status'>): string | null {
  if (!isDone(ticket.status)) return null;
  let at: string | null = null;
  for (const e of ticket.history) {
    if (e.type === 'resolved' || (e.type === 'statusChanged' && e.to === 'closed' && at === null)) at = e.at;
    if (e.type === 'reopened') at = null;
  }
  return at;
}

/**
 * The art. 17 suspensions: intervals spent in `waitingRequester` (`to` null while still waiting).
 *
 * @example
 * suspensionsOf(ticket.history); // [{ from: '2026-03-02T15:00:00.000Z', to: null }]
 */
export function suspensionsOf(history: readonly TicketHistoryEntry[]): { from: string; to: string | null }[] {
  const out: { from: string; to: string | null }[] = [];
  let open: string | null = null;
  for (const e of history) {
    const to = statusAfter(e);
    if (to === null) continue;
    if (to === 'waitingRequester' && open === null) open = e.at;
    else if (to !== 'waitingRequester' && open !== null) {
      out.push({ from: open, to: e.at });
      open = null;
    }
  }
  if (open !== null) out.push({ from: open, to: null });
  return out;
}

/**
 * The status an entry leaves the ticket in, or null when it does not change the status.
 *
 * @example
 * statusAfter({ type: 'reopened', at, actor, to: 'inProgress', reason: null }); // 'inProgress'
 */
export function statusAfter(e: TicketHistoryEntry): TicketStatus | null {
  if (e.type === 'created') return e.status;
  if (e.type === 'statusChanged') return e.to;
  if (e.type === 'resolved') return 'resolved';
  if (e.type === 'reopened') return e.to;
  return null;
}

/**
 * The status before the current pause (to resume to), `open` when unknown.
 *
 * @example
 * statusBeforePause(ticket.history); // 'inProgress'
 */
export function statusBeforePause(history: readonly TicketHistoryEntry[]): TicketStatus {
  let before: TicketStatus = 'open';
  let current: TicketStatus = 'open';
  for (const e of history) {
    const to = statusAfter(e);
    if (to === null) continue;
    if (!isPaused(current)) before = current;
    current = to;
  }
  return isPaused(before) || isDone(before) ? 'inProgress' : before;
}

/**
 * True when the requester ever replied before `at` (used by first-contact resolution).
 *
 * @example
 * requesterRepliedBefore(ticket.history, '2026-03-02T16:00:00.000Z'); // false
 */
export function requesterRepliedBefore(history: readonly TicketHistoryEntry[], at: string): boolean {
  return history.some((e) => e.type === 'replied' && e.by === 'requester' && e.at < at);
}
