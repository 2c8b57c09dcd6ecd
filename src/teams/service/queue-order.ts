/** Queue order for agents: soonest breach first (breached ones first, paused ones last), then oldest. */
import type { TicketView } from './types';

/** The instant a view's next SLA breach happens (or happened); +∞ when no clock is running. */
export function breachInstant(view: TicketView): number {
  let best = Number.POSITIVE_INFINITY;
  for (const clock of view.sla) {
    const at = clock.state === 'breached' ? clock.breachedAt : clock.state === 'running' ? clock.dueAt : null;
    if (at !== null) best = Math.min(best, Date.parse(at));
  }
  if (view.legal && !view.legal.breached) best = Math.min(best, Date.parse(view.legal.dueAt));
  return best;
}

/**
 * Views sorted by time to breach (a sort for display, not a rule).
 *
 * @example
 * queueOrder(views)[0]; // the ticket that breaches soonest
 */
export function queueOrder(views: TicketView[]): TicketView[] {
  return views
    .map((v) => ({ v, at: breachInstant(v) }))
    .sort((a, b) => a.at - b.at || a.v.createdAt.localeCompare(b.v.createdAt) || a.v.id.localeCompare(b.v.id))
    .map(({ v }) => v);
}
