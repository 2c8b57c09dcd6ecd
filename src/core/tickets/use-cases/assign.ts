import type { TicketDeps } from '../deps';
import type { Ticket } from '../model';
import { directoryOf } from '../assignment';
import { append, mutateTicket } from '../mutate';
import { isDone } from '../projection';
import { fail, ok, type Result } from '../result';
import type { AssignInput, ClaimInput } from './inputs';
import { requireStaff } from './validation';

async function assign(deps: TicketDeps, ticketId: string, assigneeId: string | null, input: ClaimInput): Promise<Result<Ticket>> {
  if (assigneeId !== null) {
    const agent = await directoryOf(deps).agent(assigneeId);
    if (agent === null && !(input.actor.role === 'agent' && input.actor.id === assigneeId)) {
      return fail('invalid_input', { detail: 'assigneeId' });
    }
  }
  return mutateTicket(deps, ticketId, (ticket, now) => {
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'assign' });
    if (ticket.assigneeId === assigneeId) return fail('same_value', { value: assigneeId ?? '' });
    const entry = { type: 'assigned' as const, at: now.toISOString(), actor: input.actor, from: ticket.assigneeId, to: assigneeId, reason: null };
    return ok({ ticket: append({ ...ticket, assigneeId }, entry), notify: [{ kind: 'assigned', from: ticket.assigneeId, to: assigneeId }] });
  });
}

/**
 * Assigns a ticket to an agent the directory knows, or unassigns it (`null`).
 *
 * @example
 * await assignTicket(deps, { ticketId: 't-1', actor: lead, assigneeId: 'agent-2' });
 */
export async function assignTicket(deps: TicketDeps, input: AssignInput): Promise<Result<Ticket>> {
  const denied = requireStaff<Ticket>(input.actor);
  if (denied) return denied;
  return assign(deps, input.ticketId, input.assigneeId, input);
}

/**
 * The acting agent takes the ticket.
 *
 * @example
 * await claimTicket(deps, { ticketId: 't-1', actor: { id: 'agent-2', role: 'agent' } });
 */
export async function claimTicket(deps: TicketDeps, input: ClaimInput): Promise<Result<Ticket>> {
  if (input.actor.role !== 'agent' && input.actor.role !== 'admin') return fail('forbidden');
  return assign(deps, input.ticketId, input.actor.id, input);
}
