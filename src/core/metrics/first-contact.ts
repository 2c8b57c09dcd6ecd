import type { TicketFacts } from './facts';
import { ratio, type Ratio } from './types';

/**
 * First contact resolution: of the tickets received in the window and answered before its end,
 * the share answered in one contact — before the first answer there was at most one public
 * agent reply (the answer itself counts as one), no requester reply, and it was not reopened
 * before the window end (`facts.windowEnd`; a reopen after the window is not known at its end):
 *
 *   FCR = |{ received ∧ answeredAt < end ∧ publicAgentReplies(< answeredAt) ≤ 1 ∧
 *            requesterReplies(< answeredAt) = 0 ∧ reopens(< end) = 0 }| ÷ |{ received ∧ answeredAt < end }|
 *
 * @example
 * firstContactResolution(facts); // { numerator: 3, denominator: 5, value: 0.6 }
 */
export function firstContactResolution(facts: readonly TicketFacts[]): Ratio {
  const answered = facts.filter((f) => f.received && f.answeredAt !== null);
  const oneContact = answered.filter((f) => {
    const end = f.answeredAt ?? 0;
    const windowEnd = f.windowEnd ?? Infinity;
    let agentReplies = 0;
    for (const e of f.ticket.history) {
      const t = Date.parse(e.at);
      if (e.type === 'reopened' && t < windowEnd) return false;
      if (t >= end) continue;
      if (e.type === 'replied' && e.by === 'requester') return false;
      if (e.type === 'replied' && e.by === 'agent' && e.public) agentReplies += 1;
    }
    return agentReplies <= 1 && !(agentReplies === 1 && hasResolutionText(f));
  });
  return ratio(oneContact.length, answered.length);
}

function hasResolutionText(f: TicketFacts): boolean {
  return f.ticket.history.some((e) => e.type === 'resolved' && e.resolution !== null && Date.parse(e.at) === f.answeredAt);
}
