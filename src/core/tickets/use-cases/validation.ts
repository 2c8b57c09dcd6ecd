import type { z } from 'zod';
import type { TicketDeps } from '../deps';
import type { Actor, Ticket } from '../model';
import { mutateTicket, type Command } from '../mutate';
import { isRequesterOf, isStaff } from '../projection';
import { fail, type Result } from '../result';

/**
 * The paths of a zod error, for an `invalid_input` message (never the values: they may be personal).
 *
 * @example
 * issuesDetail(IntakeRequestSchema.safeParse({}).error); // 'type, subject, …'
 */
export function issuesDetail(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? i.path.join('.') : i.code)).join(', ');
}

/**
 * `forbidden` unless the actor is staff (agent/admin/system).
 *
 * @example
 * const denied = requireStaff<Ticket>(input.actor); if (denied) return denied;
 */
export function requireStaff<T>(actor: Actor): Result<T> | null {
  return isStaff(actor) ? null : fail('forbidden');
}

/**
 * A staff-only command: `forbidden` unless the actor is staff, else {@link mutateTicket} on `input.ticketId`.
 *
 * @example
 * return mutateAsStaff(deps, input, (ticket, now) => statusChange(ticket, 'inProgress', input.actor, now.toISOString(), null));
 */
export async function mutateAsStaff(deps: TicketDeps, input: { ticketId: string; actor: Actor }, command: Command): Promise<Result<Ticket>> {
  return requireStaff<Ticket>(input.actor) ?? mutateTicket(deps, input.ticketId, command);
}

/**
 * `forbidden` unless the actor is staff or the ticket's requester.
 *
 * @example
 * requireStaffOrRequester<Ticket>(ticket, actor) ?? ok(ticket);
 */
export function requireStaffOrRequester<T>(ticket: Ticket, actor: Actor): Result<T> | null {
  return isStaff(actor) || isRequesterOf(ticket, actor) ? null : fail('forbidden');
}

/**
 * A trimmed reason, or null when empty/absent.
 *
 * @example
 * reasonOf('  '); // null
 */
export function reasonOf(reason: string | undefined): string | null {
  const r = reason?.trim() ?? '';
  return r.length === 0 ? null : r;
}
