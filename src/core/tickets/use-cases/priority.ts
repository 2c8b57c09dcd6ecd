import type { TicketDeps } from '../deps';
import type { Ticket } from '../model';
import { append } from '../mutate';
import { isDone } from '../projection';
import { fail, ok, type Result } from '../result';
import type { ChangePriorityInput } from './inputs';
import { mutateAsStaff, reasonOf } from './validation';

/**
 * Changes the priority (agents). The SLA goals follow the new priority; elapsed time is kept.
 * When the change comes from a new impact/urgency (e.g. Jira labels), pass them to store them too.
 *
 * @example
 * await changePriority(deps, { ticketId: 't-1', actor: agent, priority: 'P1', reason: 'Tutela' });
 */
export async function changePriority(deps: TicketDeps, input: ChangePriorityInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now) => {
    const from = ticket.priority;
    const to = input.priority;
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to });
    if (from === to) return fail('same_value', { value: to });
    const entry = { type: 'priorityChanged' as const, at: now.toISOString(), actor: input.actor, from, to, reason: reasonOf(input.reason) };
    const levels = { ...(input.impact !== undefined && { impact: input.impact }), ...(input.urgency !== undefined && { urgency: input.urgency }) };
    return ok({ ticket: append({ ...ticket, ...levels, priority: to }, entry), notify: [{ kind: 'priorityChanged', from, to }] });
  });
}
