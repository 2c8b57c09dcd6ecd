import type { TicketDeps } from '../deps';
import type { Ticket, TicketHistoryEntry } from '../model';
import { append, mutateTicket, type Change } from '../mutate';
import { isDone, isRequesterOf, isStaff, statusBeforePause } from '../projection';
import { fail, ok, type Result } from '../result';
import type { ReplyInput } from './inputs';

/**
 * Adds a reply. A public agent reply is the first response (it stops that clock) and moves an
 * `open` ticket to `inProgress`; an internal note (public false) moves no clock. A requester reply
 * while `waitingRequester` resumes the ticket (and the art. 17 suspension ends). Done tickets take
 * no replies (reopen first).
 *
 * @example
 * await replyToTicket(deps, { ticketId: 't-1', actor: agent, message: 'Estamos revisando', public: true });
 */
export async function replyToTicket(deps: TicketDeps, input: ReplyInput): Promise<Result<Ticket>> {
  const message = input.message.trim();
  if (message.length === 0) return fail('invalid_input', { detail: 'message' });
  return mutateTicket(deps, input.ticketId, (ticket, now): Result<Change> => {
    const at = now.toISOString();
    const actor = input.actor;
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'reply' });
    const entries: TicketHistoryEntry[] = [];
    if (isStaff(actor)) {
      entries.push({ type: 'replied', at, actor, by: 'agent', public: input.public, message });
      let next = ticket;
      if (input.public && ticket.status === 'open') {
        entries.push({ type: 'statusChanged', at, actor, from: 'open', to: 'inProgress', reason: null });
        next = { ...ticket, status: 'inProgress' };
      }
      return ok({ ticket: append(next, ...entries), notify: input.public ? [{ kind: 'agentReplied', public: true }] : [] });
    }
    if (!isRequesterOf(ticket, actor)) return fail('forbidden');
    entries.push({ type: 'replied', at, actor, by: 'requester', public: true, message });
    let next = ticket;
    if (ticket.status === 'waitingRequester') {
      const to = statusBeforePause(ticket.history);
      entries.push({ type: 'statusChanged', at, actor, from: 'waitingRequester', to, reason: 'requesterReplied' });
      next = { ...ticket, status: to };
    }
    return ok({ ticket: append(next, ...entries), notify: [{ kind: 'requesterReplied' }] });
  });
}
