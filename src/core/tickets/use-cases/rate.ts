import type { TicketDeps } from '../deps';
import type { Ticket } from '../model';
import { append, mutateTicket } from '../mutate';
import { isRequesterOf } from '../projection';
import { fail, ok, type Result } from '../result';
import type { RateInput } from './inputs';
import { reasonOf } from './validation';

/**
 * Records the requester's CSAT: a whole score 1–5 and an optional comment, only by the requester,
 * only while the ticket is resolved, only once.
 *
 * @example
 * await rateTicket(deps, { ticketId: 't-1', actor: requester, score: 5, comment: 'Muy rápido' });
 */
export async function rateTicket(deps: TicketDeps, input: RateInput): Promise<Result<Ticket>> {
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) return fail('invalid_input', { detail: 'score' });
  return mutateTicket(deps, input.ticketId, (ticket, now) => {
    if (!isRequesterOf(ticket, input.actor)) return fail('forbidden');
    if (ticket.csat !== null) return fail('already_rated');
    if (ticket.status !== 'resolved') return fail('not_resolved');
    const at = now.toISOString();
    const comment = reasonOf(input.comment);
    const entry = { type: 'rated' as const, at, actor: input.actor, score: input.score, comment };
    return ok({ ticket: append({ ...ticket, csat: { score: input.score, comment, at } }, entry), notify: [{ kind: 'rated', score: input.score }] });
  });
}
