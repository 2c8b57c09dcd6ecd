/**
 * A `TicketStore` view that records an event key with every save it makes, so the use cases of
 * one Jira event write "applied" and "processed" in the same conditional write (ADR 0033).
 */
import type { Ticket, TicketQuery, TicketStore } from '../../core/index';
import type { KvsTicketStore } from './kvs-ticket-store';

export function markedStore(store: KvsTicketStore, marker: string): TicketStore {
  return {
    create: (t: Ticket) => store.create(t),
    get: (id: string) => store.get(id),
    getByNumber: (n: string) => store.getByNumber(n),
    findByIntakeKey: (k: string) => store.findByIntakeKey(k),
    save: (t: Ticket, v: number) => store.saveMarked(t, v, marker),
    list: (q: TicketQuery) => store.list(q),
    nextSequence: (y: number) => store.nextSequence(y),
    dueForWakeUp: (b: Date, l: number) => store.dueForWakeUp(b, l),
  };
}
