import type { TicketFacts } from './facts';
import { ratio, type Ratio } from './types';

/**
 * Fulfilment of the tickets received in the window:
 * - `resolvedRate = answered ÷ received` (answered = first resolution or closure before the window end);
 * - `withinSla = answered with a met resolution clock ÷ answered`.
 *
 * @example
 * fulfilment(facts); // { resolvedRate: { numerator: 8, denominator: 10, value: 0.8 }, withinSla: … }
 */
export function fulfilment(facts: readonly TicketFacts[]): { resolvedRate: Ratio; withinSla: Ratio } {
  const received = facts.filter((f) => f.received);
  const answered = received.filter((f) => f.answeredAt !== null);
  const inSla = answered.filter((f) => f.clocks.find((c) => c.metric === 'resolution')?.state === 'met');
  return { resolvedRate: ratio(answered.length, received.length), withinSla: ratio(inSla.length, answered.length) };
}
