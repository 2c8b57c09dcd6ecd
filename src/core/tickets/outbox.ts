/**
 * The transactional outbox of a ticket (ADR 0025): notifications are recorded on the ticket in the
 * same save as the change that causes them, then delivered and removed by key. A crash between
 * the save and the delivery leaves them pending; `nextWakeUpAt` then points at them, so the
 * scheduler's next wake-up (`runDueEscalations`) or an explicit `deliverPendingNotifications`
 * sends them. Delivery is at least once; each carries a stable `deliveryKey` for receivers.
 */
import { isConcurrencyError, type NotificationDetail } from '../ports';
import type { TicketDeps } from './deps';
import { recomputeTicket } from './evaluate';
import type { PendingNotification, Ticket } from './model';
import { notificationFor } from './notifications';
import { fail, ok, type Result } from './result';

/** What delivering needs: no ids, no directory. */
export type OutboxDeps = Pick<TicketDeps, 'store' | 'clock' | 'notifier' | 'settings'>;

/** Attempts at removing delivered keys when another writer keeps winning the race. */
const MARK_ATTEMPTS = 5;

/**
 * The delivery key of the `index`-th notification of the save that gives `ticketId` `version`.
 *
 * @example
 * outboxKey('t-1', 3, 0); // 't-1:notify:3:0'
 */
export function outboxKey(ticketId: string, version: number, index: number): string {
  return `${ticketId}:notify:${version}:${index}`;
}

/**
 * The ticket with `details` appended to its outbox, keyed for the save that will store it as
 * `version` (pure). No details: the ticket unchanged.
 *
 * @example
 * withPendingNotifications(ticket, [{ kind: 'reopened' }], ticket.version + 1, now).outbox;
 * // [{ key: 't-1:notify:4:0', at: '2026-03-02T15:00:00.000Z', detail: { kind: 'reopened' } }]
 */
export function withPendingNotifications(ticket: Ticket, details: readonly NotificationDetail[], version: number, now: Date): Ticket {
  if (details.length === 0) return ticket;
  const at = now.toISOString();
  const added = details.map((detail, i): PendingNotification => ({ key: outboxKey(ticket.id, version, i), at, detail }));
  return { ...ticket, outbox: [...(ticket.outbox ?? []), ...added] };
}

/**
 * The ticket without the outbox entries whose keys are in `delivered` (pure; the property is
 * dropped when nothing remains, so a ticket without pending notifications has the old shape).
 *
 * @example
 * withoutDelivered(ticket, new Set(['t-1:notify:4:0'])).outbox; // undefined
 */
export function withoutDelivered(ticket: Ticket, delivered: ReadonlySet<string>): Ticket {
  const { outbox, ...rest } = ticket;
  const remaining = (outbox ?? []).filter((p) => !delivered.has(p.key));
  return remaining.length === 0 ? rest : { ...rest, outbox: remaining };
}

/** Saves `ticket` without the `delivered` keys, re-reading and retrying on lost races. */
async function markDelivered(deps: OutboxDeps, ticket: Ticket, delivered: ReadonlySet<string>): Promise<Ticket> {
  let current: Ticket | null = ticket;
  for (let attempt = 0; attempt < MARK_ATTEMPTS && current !== null; attempt++) {
    if (!(current.outbox ?? []).some((p) => delivered.has(p.key))) return current;
    const next = recomputeTicket(deps.settings, withoutDelivered(current, delivered), deps.clock.now());
    try {
      return await deps.store.save(next, current.version);
    } catch (error) {
      if (!isConcurrencyError(error)) throw error;
      current = await deps.store.get(ticket.id);
    }
  }
  if (current === null) throw new Error(`Ticket ${ticket.id} disappeared while marking notifications delivered`);
  throw new Error(`Ticket ${ticket.id}: could not mark notifications delivered (write conflicts)`);
}

/**
 * Sends the pending notifications of a ticket as stored (`ticket`, already read), in order, then
 * removes them by key in one save. A notifier failure stops the delivery: the ones sent are
 * marked, the rest stay pending, and the error is rethrown (the next wake-up retries).
 *
 * @example
 * const saved = await deps.store.save(next, current.version);
 * await deliverStored(deps, saved); // sends saved.outbox, returns the ticket without it
 */
export async function deliverStored(deps: OutboxDeps, ticket: Ticket): Promise<Ticket> {
  const pending = ticket.outbox ?? [];
  if (pending.length === 0) return ticket;
  const delivered = new Set<string>();
  try {
    for (const p of pending) {
      await deps.notifier.notify({ ...notificationFor(ticket, p.detail), deliveryKey: p.key });
      delivered.add(p.key);
    }
  } catch (error) {
    if (delivered.size > 0) await markDelivered(deps, ticket, delivered);
    throw error;
  }
  return markDelivered(deps, ticket, delivered);
}

/**
 * Delivers what is pending in a ticket's outbox (re-read from the store) and marks it delivered,
 * idempotently by key: a second call, or a call racing a use case that already delivered, sends
 * nothing again (at least once: a crash between a send and its mark resends that one, with the
 * same `deliveryKey`). Adapters may call it on restart; `runDueEscalations` already does it, and
 * a ticket with pending notifications has `nextWakeUpAt` at or before their time.
 *
 * @example
 * for (const t of await store.dueForWakeUp(clock.now(), 100)) await deliverPendingNotifications(deps, t.id);
 */
export async function deliverPendingNotifications(deps: OutboxDeps, ticket: string | Pick<Ticket, 'id'>): Promise<Result<Ticket>> {
  const id = typeof ticket === 'string' ? ticket : ticket.id;
  const stored = await deps.store.get(id);
  if (stored === null) return fail('not_found', { id });
  return ok(await deliverStored(deps, stored));
}
