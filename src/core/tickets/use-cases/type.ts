import type { TicketDeps } from '../deps';
import type { Actor, Ticket } from '../model';
import { legalStateOf } from '../legal';
import { append, type Change } from '../mutate';
import { isDone } from '../projection';
import { fail, ok, type Result } from '../result';
import { rulesFor } from '../rules';
import type { PqrsKind, Settings } from '../external';
import type { ChangeTypeInput } from './inputs';
import { mutateAsStaff, reasonOf } from './validation';

/**
 * The reclassification of `ticket` to `to` as a history entry (pure). Done tickets cannot be
 * reclassified; the same type is `same_value`. The notification carries the legal due date
 * recomputed under the new type from `receivedAt` (null when the new type has no term).
 *
 * @example
 * typeChange(settings, ticket, 'consulta', agent, '2026-03-03T15:00:00.000Z', 'Es una consulta');
 * // ok({ ticket: { …, type: 'consulta' }, notify: [{ kind: 'typeChanged', from: 'peticion', to: 'consulta', legalDueDate: '2026-04-16' }] })
 */
export function typeChange(settings: Settings, ticket: Ticket, to: PqrsKind, actor: Actor, at: string, reason: string | null): Result<Change> {
  const from = ticket.type;
  if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to });
  if (from === to) return fail('same_value', { value: to });
  const next = append({ ...ticket, type: to }, { type: 'typeChanged', at, actor, from, to, reason });
  const legal = legalStateOf(next, rulesFor(settings, next));
  return ok({ ticket: next, notify: [{ kind: 'typeChanged', from, to, legalDueDate: legal?.dueDate ?? null }] });
}

/**
 * Reclassifies a PQRS (agents; ADR 0086): a "petición" that is really a "queja" or a "consulta".
 * The legal term is recomputed from `receivedAt` under the new type (an extension already granted
 * is kept, capped at the new type's maximum; a felicitación has no term), the SLA policy is
 * re-selected for the new type and the clocks re-evaluated over the whole history; alert keys
 * already fired stay fired. The requester is told the new type and legal due date.
 *
 * @example
 * await changeType(deps, { ticketId: 't-1', actor: agent, type: 'queja', reason: 'Es una queja por mala atención' });
 */
export async function changeType(deps: TicketDeps, input: ChangeTypeInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now) =>
    typeChange(deps.settings, ticket, input.type, input.actor, now.toISOString(), reasonOf(input.reason)));
}
