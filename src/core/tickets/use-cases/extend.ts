import { requestExtension } from '../../pqrs/index';
import type { TicketDeps } from '../deps';
import type { Ticket } from '../model';
import { append, type Change } from '../mutate';
import { isDone, suspensionsOf } from '../projection';
import { fail, ok, type Result, type TicketErrorCode } from '../result';
import { rulesFor } from '../rules';
import type { ExtendInput } from './inputs';
import { mutateAsStaff } from './validation';

const CODES: Record<string, TicketErrorCode> = {
  noLegalTerm: 'no_legal_term',
  alreadyExtended: 'already_extended',
  termExpired: 'term_expired',
  daysOutOfRange: 'extension_too_long',
  requesterSuspended: 'invalid_transition',
  reasonRequired: 'invalid_input',
  reasonTooShort: 'invalid_input',
};

/**
 * Extends the legal term (prórroga, Ley 1755 par. art. 14): once, before it runs out, with a
 * written reason, by at most the legal cap (the pqrs module's `requestExtension` rules). The
 * requester is notified with the new due date.
 *
 * @example
 * await extendLegalTerm(deps, { ticketId: 't-1', actor: agent, days: 15, reason: 'Se requiere concepto de otra entidad' });
 */
export async function extendLegalTerm(deps: TicketDeps, input: ExtendInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, (ticket, now): Result<Change> => {
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'extend' });
    const rules = rulesFor(deps.settings, ticket);
    const decision = requestExtension(rules.legalCalendar, {
      type: ticket.type,
      receivedAt: new Date(ticket.receivedAt),
      requestedAt: now,
      days: input.days,
      reason: input.reason,
      previousExtensions: ticket.history.filter((e) => e.type === 'legalExtended').length,
      suspensions: suspensionsOf(ticket.history).map((s) => ({ from: new Date(s.from), to: s.to === null ? null : new Date(s.to) })),
      suspensionMode: rules.suspensionMode,
    });
    if (!decision.ok) {
      const code = CODES[decision.code] ?? 'invalid_input';
      return { ok: false, error: { code, messageKey: decision.messageKey, params: decision.params } };
    }
    const entry = {
      type: 'legalExtended' as const,
      at: now.toISOString(),
      actor: input.actor,
      days: decision.extensionDays,
      reason: input.reason.trim(),
      dueDate: decision.dueDate,
      dueAt: decision.dueAt.toISOString(),
    };
    return ok({ ticket: append(ticket, entry), notify: [{ kind: 'legalExtended', days: entry.days, dueDate: entry.dueDate }] });
  });
}
