import type { NotificationDetail } from '../../ports';
import type { TicketDeps } from '../deps';
import type { Actor, Ticket, TicketHistoryEntry, TicketStatus } from '../model';
import { append, mutateTicket, type Change } from '../mutate';
import { isDone, isPaused, statusBeforePause } from '../projection';
import { fail, ok, type Result } from '../result';
import type { ChangeStatusInput, PauseInput, ResumeInput } from './inputs';
import { mutateAsStaff, reasonOf, requireStaff } from './validation';

/**
 * The change of `ticket` to `to` as history entries (pure). Closed is final; `resolved` goes
 * through a `resolved` entry; leaving `resolved` for an active status is a reopening.
 *
 * @example
 * statusChange(ticket, 'resolved', agent, now.toISOString(), 'Listo'); // ok({ ticket, notify: [statusChanged, resolved] })
 */
export function statusChange(ticket: Ticket, to: TicketStatus, actor: Actor, at: string, reason: string | null): Result<Change> {
  const from = ticket.status;
  if (from === to) return fail('same_value', { value: to });
  if (from === 'closed') return fail('invalid_transition', { from, to });
  const entries: TicketHistoryEntry[] = [];
  const notify: NotificationDetail[] = [{ kind: 'statusChanged', from, to }];
  if (to === 'resolved') {
    entries.push({ type: 'resolved', at, actor, from, resolution: reason });
    notify.push({ kind: 'resolved', csatRequested: true });
  } else if (from === 'resolved' && to !== 'closed') {
    entries.push({ type: 'reopened', at, actor, to, reason });
    notify.push({ kind: 'reopened' });
  } else {
    entries.push({ type: 'statusChanged', at, actor, from, to, reason });
  }
  return ok({ ticket: append({ ...ticket, status: to }, ...entries), notify });
}

/**
 * Moves a ticket to another status (agents). Closed is final; pausing statuses stop the SLA
 * clocks; `waitingRequester` also suspends the legal term (Ley 1755 art. 17).
 *
 * @example
 * await changeStatus(deps, { ticketId: 't-1', actor: agent, status: 'inProgress' });
 */
export async function changeStatus(deps: TicketDeps, input: ChangeStatusInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now) =>
    statusChange(ticket, input.status, input.actor, now.toISOString(), reasonOf(input.reason)));
}

/**
 * Pauses a ticket with a reason: `waitingRequester` (incomplete request, Ley 1755 art. 17: SLA
 * paused and legal term suspended) or `waitingThirdParty` (SLA paused only).
 *
 * @example
 * await pauseTicket(deps, { ticketId: 't-1', actor: agent, status: 'waitingRequester', reason: 'Falta la cédula' });
 */
export async function pauseTicket(deps: TicketDeps, input: PauseInput): Promise<Result<Ticket>> {
  const denied = requireStaff<Ticket>(input.actor);
  if (denied) return denied;
  const reason = reasonOf(input.reason);
  if (reason === null) return fail('invalid_input', { detail: 'reason' });
  return mutateTicket(deps, input.ticketId, (ticket, now) => {
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: input.status });
    return statusChange(ticket, input.status, input.actor, now.toISOString(), reason);
  });
}

/**
 * Resumes a paused ticket to the status it had before the pause.
 *
 * @example
 * await resumeTicket(deps, { ticketId: 't-1', actor: agent, reason: 'Llegó la información' });
 */
export async function resumeTicket(deps: TicketDeps, input: ResumeInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now) => {
    if (!isPaused(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'resume' });
    return statusChange(ticket, statusBeforePause(ticket.history), input.actor, now.toISOString(), reasonOf(input.reason));
  });
}
