import type { TicketFacts } from './facts';
import { ratio, type Ratio } from './types';
import type { WindowInstants } from './window';

/**
 * CSAT over the tickets first answered in the window (`from ≤ answeredAt < to`):
 * - `satisfied = ratings with score 4 or 5 ÷ ratings`;
 * - `average = Σ scores ÷ ratings` (null without ratings);
 * - `responseRate = rated ÷ answered` (a rating given after the window end does not count).
 *
 * @example
 * csat(facts, w); // { satisfied: { value: 0.75, … }, average: 4.25, responseRate: { value: 0.5, … } }
 */
export function csat(facts: readonly TicketFacts[], w: WindowInstants): { satisfied: Ratio; average: number | null; responseRate: Ratio } {
  const answered = facts.filter((f) => f.answeredAt !== null && f.answeredAt >= w.start && f.answeredAt < w.end);
  const scores = answered.flatMap((f) => (f.ticket.csat !== null && Date.parse(f.ticket.csat.at) < w.end ? [f.ticket.csat.score] : []));
  const sum = scores.reduce((s, x) => s + x, 0);
  return {
    satisfied: ratio(scores.filter((s) => s >= 4).length, scores.length),
    average: scores.length === 0 ? null : sum / scores.length,
    responseRate: ratio(scores.length, answered.length),
  };
}
