import { ConcurrencyError, DONE_STATUSES, type Ticket, type TicketQuery, type TicketStore } from '../../src/core/index';

const copy = <T>(v: T): T => structuredClone(v);

function matches(t: Ticket, q: TicketQuery): boolean {
  const done = DONE_STATUSES.includes(t.status);
  if (q.status === 'open' && done) return false;
  if (q.status === 'closed' && !done) return false;
  if (q.statuses !== undefined && !q.statuses.includes(t.status)) return false;
  if (q.requesterEmail !== undefined && t.requester.email.toLowerCase() !== q.requesterEmail.toLowerCase()) return false;
  if (q.assigneeId !== undefined && t.assigneeId !== q.assigneeId) return false;
  if (q.tier !== undefined && t.tier !== q.tier) return false;
  if (q.type !== undefined && t.type !== q.type) return false;
  if (q.priority !== undefined && t.priority !== q.priority) return false;
  if (q.channel !== undefined && t.channel !== q.channel) return false;
  if (q.breached !== undefined && t.breached !== q.breached) return false;
  if (q.createdFrom !== undefined && Date.parse(t.createdAt) < Date.parse(q.createdFrom)) return false;
  if (q.createdTo !== undefined && Date.parse(t.createdAt) >= Date.parse(q.createdTo)) return false;
  return true;
}

const byId = (a: Ticket, b: Ticket): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const at = (s: string | null): number => (s === null ? Infinity : Date.parse(s));

function comparator(sort: TicketQuery['sort']): (a: Ticket, b: Ticket) => number {
  switch (sort) {
    case '-createdAt':
      return (a, b) => at(b.createdAt) - at(a.createdAt) || byId(a, b);
    case 'updatedAt':
      return (a, b) => at(a.updatedAt) - at(b.updatedAt) || byId(a, b);
    case '-updatedAt':
      return (a, b) => at(b.updatedAt) - at(a.updatedAt) || byId(a, b);
    case 'nextWakeUpAt':
      return (a, b) => at(a.nextWakeUpAt) - at(b.nextWakeUpAt) || byId(a, b);
    default:
      return (a, b) => at(a.createdAt) - at(b.createdAt) || byId(a, b);
  }
}

/** The reference {@link TicketStore}: a Map, copies in and out, every method atomic. */
export class InMemoryTicketStore implements TicketStore {
  private readonly tickets = new Map<string, Ticket>();
  private readonly sequences = new Map<number, number>();

  create(ticket: Ticket): Promise<{ ticket: Ticket; created: boolean }> {
    for (const t of this.tickets.values()) {
      if (t.intakeKey === ticket.intakeKey) return Promise.resolve({ ticket: copy(t), created: false });
    }
    if (this.tickets.has(ticket.id)) return Promise.reject(new Error(`ticket id ${ticket.id} already exists`));
    this.tickets.set(ticket.id, copy(ticket));
    return Promise.resolve({ ticket: copy(ticket), created: true });
  }

  get(id: string): Promise<Ticket | null> {
    const t = this.tickets.get(id);
    return Promise.resolve(t === undefined ? null : copy(t));
  }

  getByNumber(number: string): Promise<Ticket | null> {
    for (const t of this.tickets.values()) if (t.number === number) return Promise.resolve(copy(t));
    return Promise.resolve(null);
  }

  findByIntakeKey(key: string): Promise<Ticket | null> {
    for (const t of this.tickets.values()) if (t.intakeKey === key) return Promise.resolve(copy(t));
    return Promise.resolve(null);
  }

  save(ticket: Ticket, expectedVersion: number): Promise<Ticket> {
    const stored = this.tickets.get(ticket.id);
    if (stored === undefined || stored.version !== expectedVersion) {
      return Promise.reject(new ConcurrencyError(ticket.id, expectedVersion, stored?.version ?? null));
    }
    const next = { ...copy(ticket), version: expectedVersion + 1 };
    this.tickets.set(ticket.id, next);
    return Promise.resolve(copy(next));
  }

  list(query: TicketQuery): Promise<Ticket[]> {
    const found = [...this.tickets.values()].filter((t) => matches(t, query)).sort(comparator(query.sort));
    const limited = query.limit === undefined ? found : found.slice(0, query.limit);
    return Promise.resolve(limited.map(copy));
  }

  nextSequence(year: number): Promise<number> {
    const next = (this.sequences.get(year) ?? 0) + 1;
    this.sequences.set(year, next);
    return Promise.resolve(next);
  }

  dueForWakeUp(before: Date, limit: number): Promise<Ticket[]> {
    const due = [...this.tickets.values()]
      .filter((t) => t.nextWakeUpAt !== null && Date.parse(t.nextWakeUpAt) <= before.getTime())
      .sort(comparator('nextWakeUpAt'))
      .slice(0, limit);
    return Promise.resolve(due.map(copy));
  }
}
