/** The load → apply → recompute → save (optimistic, with outbox) → deliver loop shared by every command. */
import { isConcurrencyError, type NotificationDetail } from '../ports';
import type { TicketDeps } from './deps';
import { recomputeTicket } from './evaluate';
import type { Ticket, TicketHistoryEntry } from './model';
import { deliverStored, withPendingNotifications } from './outbox';
import { fail, ok, type Result } from './result';

/** What a command did: the changed ticket and what to tell people once it is saved. */
export interface Change {
  ticket: Ticket;
  notify: NotificationDetail[];
  /** The command changed nothing: skip the write unless the derived fields moved. */
  unchanged?: boolean;
}

/** A command: pure (or reading the store only), applied to a fresh copy of the ticket. */
export type Command = (ticket: Ticket, now: Date) => Result<Change> | Promise<Result<Change>>;

/**
 * Most attempts when another writer wins the optimistic race.
 *
 * @example
 * // a command that keeps losing the race returns fail('conflict') after MAX_ATTEMPTS reads
 */
export const MAX_ATTEMPTS = 3;

/**
 * The ticket with `entries` appended to its history and `updatedAt = at` (returns a new object).
 *
 * @example
 * append(ticket, { type: 'reopened', at, actor, to: 'inProgress', reason: null });
 */
export function append(ticket: Ticket, ...entries: TicketHistoryEntry[]): Ticket {
  const last = entries[entries.length - 1];
  return { ...ticket, history: [...ticket.history, ...entries], updatedAt: last?.at ?? ticket.updatedAt };
}

/**
 * Runs `command` on the stored ticket and saves the result with its derived fields recomputed,
 * retrying from a fresh read (up to {@link MAX_ATTEMPTS}) when another writer won the race.
 * The command's notifications are recorded in the ticket's outbox in that same save, then
 * delivered and marked delivered (ADR 0025), together with any left pending by a crash; the
 * returned ticket is the one stored last. `not_found` / `conflict` / the command's own failure
 * come back as values; a notifier failure is thrown after the change is safely stored.
 *
 * @example
 * await mutateTicket(deps, 't-1', (t, now) => ok({ ticket: append(t, entry(now)), notify: [] }));
 */
export async function mutateTicket(deps: TicketDeps, ticketId: string, command: Command): Promise<Result<Ticket>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await deps.store.get(ticketId);
    if (current === null) return fail('not_found', { id: ticketId });
    const now = deps.clock.now();
    const result = await command(structuredClone(current), now);
    if (!result.ok) return result;
    const { notify } = result.value;
    const staged = withPendingNotifications(result.value.ticket, notify, current.version + 1, now);
    const next = recomputeTicket(deps.settings, staged, now);
    if (result.value.unchanged === true && notify.length === 0 && sameDerived(current, next)) {
      return ok(await deliverStored(deps, current));
    }
    let saved: Ticket;
    try {
      saved = await deps.store.save(next, current.version);
    } catch (error) {
      if (isConcurrencyError(error)) continue;
      throw error;
    }
    return ok(await deliverStored(deps, saved));
  }
  return fail('conflict', { id: ticketId });
}

function sameDerived(a: Ticket, b: Ticket): boolean {
  return a.breached === b.breached && a.nextWakeUpAt === b.nextWakeUpAt && JSON.stringify(a.legal) === JSON.stringify(b.legal);
}
