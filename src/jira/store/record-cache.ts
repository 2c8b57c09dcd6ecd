/**
 * What one store instance (one Forge invocation: `makeContext` builds a new one each time) last
 * read by key or wrote itself, per ticket. The store serves repeated reads of a ticket from here
 * and saves against it without re-reading: every save stays a conditional write on `version` and
 * the Jira link, so a stale entry can only cost a retry from a fresh read, never a lost update.
 * Entries are never handed out: readers get copies.
 */
import type { TicketRecord } from './record';

export class RecordCache {
  private readonly byId = new Map<string, TicketRecord>();

  /** A copy of the remembered record of `id`, or undefined. */
  copyOf(id: string): TicketRecord | undefined {
    const hit = this.byId.get(id);
    return hit === undefined ? undefined : structuredClone(hit);
  }

  /** The remembered record itself, for read-only use inside the store. */
  peek(id: string): TicketRecord | undefined {
    return this.byId.get(id);
  }

  /** Remembers `record`; the caller must not change or hand out that object afterwards. */
  remember(record: TicketRecord): void {
    this.byId.set(record.ticketId, record);
  }

  forget(id: string): void {
    this.byId.delete(id);
  }
}
