import type { z } from 'zod';
import type { Actor, Ticket } from '../model';
import { isRequesterOf, isStaff } from '../projection';
import { fail, type Result } from '../result';

/** The paths of a zod error, for an `invalid_input` message (never the values: they may be personal). */
export function issuesDetail(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? i.path.join('.') : i.code)).join(', ');
}

/** `forbidden` unless the actor is staff (agent/admin/system). */
export function requireStaff<T>(actor: Actor): Result<T> | null {
  return isStaff(actor) ? null : fail('forbidden');
}

/** `forbidden` unless the actor is staff or the ticket's requester. */
export function requireStaffOrRequester<T>(ticket: Ticket, actor: Actor): Result<T> | null {
  return isStaff(actor) || isRequesterOf(ticket, actor) ? null : fail('forbidden');
}

/** A trimmed reason, or null when empty/absent. */
export function reasonOf(reason: string | undefined): string | null {
  const r = reason?.trim() ?? '';
  return r.length === 0 ? null : r;
}
