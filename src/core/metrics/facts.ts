import { evaluateTicket, firstAnsweredAt, firstResponseAt, type Ticket } from '../tickets/index';
import type { SlaClock } from '../sla/index';
import type { MetricsInput } from './types';
import { windowOf, within, type WindowInstants } from './window';

/** Per-ticket facts at the window end, computed once and shared by the metrics. */
export interface TicketFacts {
  ticket: Ticket;
  /** `from ≤ receivedAt < to`. */
  received: boolean;
  /** First resolution or closure instant (ms), if it happened before the window end. */
  answeredAt: number | null;
  /** First public agent reply (or answer) instant (ms), if before the window end. */
  respondedAt: number | null;
  clocks: SlaClock[];
  /** 'met' when every clock stopped in time, 'breached' when any breached, null while undecided. */
  sla: 'met' | 'breached' | null;
  /** Legal term: 'met' answered before due, 'breached' answered late or overdue, null without term or undecided. */
  legal: 'met' | 'breached' | null;
  legalDueAt: number | null;
  extended: boolean;
  /**
   * The window end the facts are taken at (ms, `min(to, now)`). Later history (e.g. a reopen after
   * the window) is not known at that end. Set by {@link factsOf}; absent in hand-built facts.
   */
  windowEnd?: number;
}

const before = (iso: string | null, end: number): number | null => {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return t < end ? t : null;
};

/**
 * The facts of every ticket at the window end (`min(to, now)`).
 *
 * @example
 * factsOf(input).facts.filter((f) => f.received).length; // the volume
 */
export function factsOf(input: MetricsInput): { w: WindowInstants; facts: TicketFacts[] } {
  const w = windowOf(input);
  const at = new Date(w.end);
  // A ticket filed after the evaluation instant has no state there yet: it is not part of the window.
  const existing = input.tickets.filter((t) => Date.parse(t.history[0]?.at ?? t.createdAt) <= w.end);
  const facts = existing.map((ticket): TicketFacts => {
    const ev = evaluateTicket(input.settings, ticket, at);
    const answeredAt = before(firstAnsweredAt(ticket.history), w.end);
    const breached = ev.clocks.some((c) => c.state === 'breached');
    const stopped = ev.clocks.every((c) => c.state === 'met' || c.state === 'breached');
    const legalDueAt = ev.legal === null ? null : Date.parse(ev.legal.dueAt);
    let legal: TicketFacts['legal'] = null;
    if (legalDueAt !== null) {
      if (answeredAt !== null) legal = answeredAt < legalDueAt ? 'met' : 'breached';
      else if (w.end >= legalDueAt) legal = 'breached';
    }
    return {
      ticket,
      received: within(ticket.receivedAt, w),
      answeredAt,
      respondedAt: before(firstResponseAt(ticket.history), w.end),
      clocks: ev.clocks,
      sla: breached ? 'breached' : stopped ? 'met' : null,
      legal,
      legalDueAt,
      extended: ticket.history.some((e) => e.type === 'legalExtended' && Date.parse(e.at) < w.end),
      windowEnd: w.end,
    };
  });
  return { w, facts };
}
