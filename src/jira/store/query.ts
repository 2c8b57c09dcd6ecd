/** In-memory evaluation of a `TicketQuery` over records read from an index (the store's filters). */
import { DONE_STATUSES, type Ticket, type TicketQuery, type TicketSort } from '../../core/index';

/** True when `t` satisfies every filter of `q`. */
export function matchesQuery(t: Ticket, q: TicketQuery): boolean {
  const done = DONE_STATUSES.includes(t.status);
  if (q.status === 'open' && done) return false;
  if (q.status === 'closed' && !done) return false;
  if (q.statuses && !q.statuses.includes(t.status)) return false;
  if (q.requesterEmail !== undefined && t.requester.email.toLowerCase() !== q.requesterEmail.toLowerCase()) return false;
  if (q.assigneeId !== undefined && t.assigneeId !== q.assigneeId) return false;
  if (q.tier !== undefined && t.tier !== q.tier) return false;
  if (q.type !== undefined && t.type !== q.type) return false;
  if (q.priority !== undefined && t.priority !== q.priority) return false;
  if (q.channel !== undefined && t.channel !== q.channel) return false;
  if (q.breached !== undefined && t.breached !== q.breached) return false;
  const created = Date.parse(t.createdAt);
  if (q.createdFrom !== undefined && created < Date.parse(q.createdFrom)) return false;
  if (q.createdTo !== undefined && created >= Date.parse(q.createdTo)) return false;
  return true;
}

const byId = (a: Ticket, b: Ticket) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const instant = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/** Sorts by `sort` (ties by id); `nextWakeUpAt` puts tickets without a wake-up last. */
export function sortTickets(tickets: Ticket[], sort: TicketSort): Ticket[] {
  const key: Record<TicketSort, (t: Ticket) => number> = {
    createdAt: (t) => Date.parse(t.createdAt),
    '-createdAt': (t) => -Date.parse(t.createdAt),
    updatedAt: (t) => Date.parse(t.updatedAt),
    '-updatedAt': (t) => -Date.parse(t.updatedAt),
    nextWakeUpAt: (t) => instant(t.nextWakeUpAt),
  };
  const k = key[sort];
  return [...tickets].sort((a, b) => k(a) - k(b) || byId(a, b));
}
