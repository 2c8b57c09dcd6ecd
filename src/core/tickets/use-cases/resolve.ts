import type { TicketDeps } from '../deps';
import type { Ticket } from '../model';
import { mutateTicket } from '../mutate';
import { isDone, isRequesterOf, isStaff } from '../projection';
import { fail, type Result } from '../result';
import type { ReopenInput, ResolveInput } from './inputs';
import { statusChange } from './status';
import { mutateAsStaff, reasonOf } from './validation';

/**
 * Resolves a ticket (agents): stops the resolution clock, answers the request for legal-term
 * purposes, and asks the requester for a CSAT rating.
 *
 * @example
 * await resolveTicket(deps, { ticketId: 't-1', actor: agent, resolution: 'Se expidió el certificado' });
 */
export async function resolveTicket(deps: TicketDeps, input: ResolveInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now) => {
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'resolved' });
    return statusChange(ticket, 'resolved', input.actor, now.toISOString(), reasonOf(input.resolution));
  });
}

/**
 * Reopens a resolved ticket (agents or its requester): the resolution clock runs again with its
 * elapsed time kept; back to `inProgress` when assigned, else `open`. Closed tickets stay closed.
 *
 * @example
 * await reopenTicket(deps, { ticketId: 't-1', actor: requester, reason: 'No recibí el documento' });
 */
export async function reopenTicket(deps: TicketDeps, input: ReopenInput): Promise<Result<Ticket>> {
  return mutateTicket(deps, input.ticketId, (ticket, now) => {
    if (!isStaff(input.actor) && !isRequesterOf(ticket, input.actor)) return fail('forbidden');
    if (ticket.status !== 'resolved') return fail('invalid_transition', { from: ticket.status, to: 'reopen' });
    const to = ticket.assigneeId === null ? 'open' : 'inProgress';
    return statusChange(ticket, to, input.actor, now.toISOString(), reasonOf(input.reason));
  });
}
