import { startOfLocalDay } from '../calendar/index';
import type { Ticket, TicketStatus } from '../tickets/index';
import type { MetricsInput } from './types';

/** The window as instants: `start` = first instant of `from`, `end` = min(first instant of `to`, now). */
export interface WindowInstants {
  start: number;
  end: number;
}

/**
 * The instants of a metrics window (local dates → instants in the calendar's zone, end capped at now).
 *
 * @example
 * windowOf({ ...input, window: { from: '2026-03-01', to: '2026-04-01' } }); // { start: 2026-03-01T05:00Z, end: … }
 */
export function windowOf(input: Pick<MetricsInput, 'window' | 'calendar' | 'now'>): WindowInstants {
  if (!(input.window.from < input.window.to)) throw new Error(`metrics window: from ${input.window.from} must be before to ${input.window.to}`);
  const start = startOfLocalDay(input.calendar, input.window.from).getTime();
  const end = Math.min(startOfLocalDay(input.calendar, input.window.to).getTime(), input.now.getTime());
  return { start, end: Math.max(start, end) };
}

/**
 * True when the ISO instant lies in `[start, end)`.
 *
 * @example
 * within('2026-03-02T14:00:00.000Z', w); // true for a March window
 */
export function within(iso: string | null, w: WindowInstants): boolean {
  if (iso === null) return false;
  const t = Date.parse(iso);
  return t >= w.start && t < w.end;
}

/**
 * The ticket's status just before instant `t` (replaying its history), or null if not yet created.
 *
 * @example
 * statusAt(ticket, Date.parse('2026-03-06T22:00:00Z')); // 'inProgress'
 */
export function statusAt(ticket: Ticket, t: number): TicketStatus | null {
  let status: TicketStatus | null = null;
  for (const e of ticket.history) {
    if (Date.parse(e.at) >= t) break;
    if (e.type === 'created') status = e.status;
    else if (e.type === 'statusChanged' || e.type === 'reopened') status = e.to;
    else if (e.type === 'resolved') status = 'resolved';
  }
  return status;
}

/**
 * Nearest-rank quantile (q in (0, 1]) of a sorted list, null when empty.
 *
 * @example
 * quantile([1, 2, 3], 0.9); // 3
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? null;
}
