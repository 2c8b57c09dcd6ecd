import { businessTimeBetween, type BusinessCalendar } from '../calendar/index';
import type { TicketFacts } from './facts';
import { quantile } from './window';

/**
 * First response time of the tickets received in the window that got a first response
 * (first public agent reply, or the answer) before the window end: business time of the desk
 * calendar from receipt to that response. `medianMs` = the middle value (mean of the two middle
 * values for an even count); `p90Ms` = nearest rank ⌈0.9·n⌉. Null when there is none.
 *
 * @example
 * firstResponseTime(facts, cal); // { count: 4, medianMs: 5400000, p90Ms: 14400000 }
 */
export function firstResponseTime(facts: readonly TicketFacts[], cal: BusinessCalendar): { count: number; medianMs: number | null; p90Ms: number | null } {
  const times = facts
    .filter((f) => f.received && f.respondedAt !== null)
    .map((f) => businessTimeBetween(cal, new Date(f.ticket.receivedAt), new Date(f.respondedAt ?? 0)))
    .sort((a, b) => a - b);
  const n = times.length;
  if (n === 0) return { count: 0, medianMs: null, p90Ms: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { count: n, medianMs: median, p90Ms: quantile(times, 0.9) };
}
