import { businessTimeBetween, type BusinessCalendar } from '../calendar/index';
import { DONE_STATUSES, PAUSE_STATUSES, type Ticket, type TicketStatus } from '../tickets/index';
import { ratio, type Ratio } from './types';
import type { WindowInstants } from './window';

/** Intervals `[from, to)` (ms) in which `agentId` was the assignee of the ticket while it was active. */
function activeIntervals(t: Ticket, agentId: string, end: number): [number, number][] {
  const out: [number, number][] = [];
  let assignee: string | null = null;
  let status: TicketStatus = 'open';
  let since: number | null = null;
  const close = (at: number) => {
    if (since !== null && at > since) out.push([since, at]);
    since = null;
  };
  for (const e of t.history) {
    const at = Date.parse(e.at);
    if (at >= end) break;
    if (e.type === 'created') status = e.status;
    else if (e.type === 'assigned') assignee = e.to;
    else if (e.type === 'statusChanged' || e.type === 'reopened') status = e.to;
    else if (e.type === 'resolved') status = 'resolved';
    const active = assignee === agentId && !DONE_STATUSES.includes(status) && !PAUSE_STATUSES.includes(status);
    if (active && since === null) since = at;
    if (!active) close(at);
  }
  close(end);
  return out;
}

/** Union of intervals, clipped to `[start, end)`, sorted and disjoint. */
function union(intervals: [number, number][], start: number, end: number): [number, number][] {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, start), Math.min(b, end)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of clipped) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Agent utilisation = handled business time ÷ available business time, both in the agent's
 * calendar (the desk calendar when the agent has none) within the window. Handled time is the
 * union of the intervals in which the agent was assignee of at least one ticket that was neither
 * paused nor done — so it never exceeds the available time (value in [0, 1]).
 *
 * @example
 * agentUtilisation(tickets, [{ id: 'a1', calendar: null }], deskCal, w);
 * // { a1: { numerator: 3600000, denominator: 25200000, value: 0.142857… } }
 */
export function agentUtilisation(
  tickets: readonly Ticket[],
  agents: readonly { id: string; calendar: BusinessCalendar | null }[],
  deskCalendar: BusinessCalendar,
  w: WindowInstants,
): Record<string, Ratio> {
  const out: Record<string, Ratio> = {};
  for (const agent of agents) {
    const cal = agent.calendar ?? deskCalendar;
    const spans = union(tickets.flatMap((t) => activeIntervals(t, agent.id, w.end)), w.start, w.end);
    const handled = spans.reduce((s, [a, b]) => s + businessTimeBetween(cal, new Date(a), new Date(b)), 0);
    out[agent.id] = ratio(handled, businessTimeBetween(cal, new Date(w.start), new Date(w.end)));
  }
  return out;
}
