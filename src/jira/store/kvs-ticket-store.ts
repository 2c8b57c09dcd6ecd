/**
 * `TicketStore` on Forge storage: one `ventanilla-ticket` custom-entity record per ticket
 * (indexed by wake-up instant, number, intake key, Jira issue and state), plain KVS keys for the
 * intake-key claims and the radicado sequence. Optimistic saves are conditional transactions on
 * `version` (and the Jira link). Within one instance (one invocation) a ticket is read from KVS
 * once: later reads and saves use what this instance last read or wrote (record-cache.ts).
 * Passes test/contracts/ticket-store.contract.ts (test/contracts/jira-store.test.ts).
 */
import { FilterConditions, Filter, kvs, Sort, WhereConditions } from '@forge/kvs';
import { ConcurrencyError, type Ticket, type TicketQuery, type TicketStore } from '../../core/index';
import { INDEX, TICKET_ENTITY } from './entity';
import { claim, digest } from './kv';
import { canonicalIso, recordSchema, toRecord, type IssueLink, type TicketRecord } from './record';
import { RecordCache } from './record-cache';
import { matchesQuery, sortTickets } from './query';

const PAGE = 100;
/** Forge's largest batch operation. */
const BATCH = 25;
const entity = () => kvs.entity<TicketRecord>(TICKET_ENTITY);
const intakeKeyOf = (key: string) => `intake:${digest(key)}`;
const copy = (t: Ticket): Ticket => structuredClone(t);

/** Write only over `prev` as read: same version and same Jira link (a link does not bump the version). */
const unchangedSince = (prev: TicketRecord) => new Filter<TicketRecord>()
  .and('version', FilterConditions.equalTo(prev.version))
  .and('issueId', prev.issueId === undefined ? FilterConditions.notExists() : FilterConditions.equalTo(prev.issueId));

export type Yield = () => Promise<void>;
const realYield: Yield = () => new Promise((resolve) => setTimeout(resolve, 25));

export class KvsTicketStore implements TicketStore {
  /** `pause` is how a losing concurrent create waits for the winner's record (tests pass a no-op tick). */
  constructor(private readonly pause: Yield = realYield) {}

  /** What this instance last read by key or wrote, per ticket. */
  private readonly known = new RecordCache();

  async create(ticket: Ticket): Promise<{ ticket: Ticket; created: boolean }> {
    const existing = await this.findByIntakeKey(ticket.intakeKey);
    if (existing) return { ticket: existing, created: false };
    if (!(await claim(intakeKeyOf(ticket.intakeKey), ticket.id))) {
      for (let attempt = 0; attempt < 40; attempt++) {
        const winner = await this.findByIntakeKey(ticket.intakeKey);
        if (winner) return { ticket: winner, created: false };
        await this.pause();
      }
      throw new Error(`ticket for intake key claim ${digest(ticket.intakeKey).slice(0, 12)} never appeared`);
    }
    const stored = toRecord(copy(ticket), null);
    await entity().set(ticket.id, stored);
    this.known.remember(stored);
    return { ticket: copy(ticket), created: true };
  }

  /** The stored record (ticket + Jira link + seen event keys), or null (read once per instance). */
  async record(id: string): Promise<TicketRecord | null> {
    return this.known.copyOf(id) ?? this.fetch(id).then((r) => (r === null ? null : structuredClone(r)));
  }

  /**
   * Reads the records of `ids` that this instance does not know yet, 25 per request (`batchGet`),
   * so the reads and saves of those tickets that follow cost no read request. An id that is missing
   * or fails in the batch is not remembered: its own read later fetches it (and reports any error).
   *
   * @example
   * await store.prefetch(event.ticketIds); // 100 ids: 4 requests instead of 100
   */
  async prefetch(ids: readonly string[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => this.known.peek(id) === undefined);
    for (let i = 0; i < unknown.length; i += BATCH) {
      const res = await kvs.batchGet<unknown>(unknown.slice(i, i + BATCH).map((key) => ({ key, entityName: TICKET_ENTITY })));
      for (const hit of res.successfulKeys) this.known.remember(recordSchema.parse(hit.value));
    }
  }

  /** Reads `id` from KVS and remembers it (the returned object is the remembered one: do not hand it out). */
  private async fetch(id: string): Promise<TicketRecord | null> {
    const raw = await entity().get(id);
    if (raw === undefined) {
      this.known.forget(id);
      return null;
    }
    const rec = recordSchema.parse(raw);
    this.known.remember(rec);
    return rec;
  }

  async get(id: string): Promise<Ticket | null> {
    return (await this.record(id))?.ticket ?? null;
  }

  async getByNumber(number: string): Promise<Ticket | null> {
    return (await this.byIndex(INDEX.number, number))?.ticket ?? null;
  }

  async findByIntakeKey(key: string): Promise<Ticket | null> {
    const id = await kvs.get<string>(intakeKeyOf(key));
    return typeof id === 'string' ? this.get(id) : null;
  }

  /** The ticket record linked to a Jira issue, or null. */
  async getByIssueId(issueId: string): Promise<TicketRecord | null> {
    return this.byIndex(INDEX.issue, issueId);
  }

  async save(ticket: Ticket, expectedVersion: number): Promise<Ticket> {
    return this.saveMarked(ticket, expectedVersion);
  }

  /**
   * `save`, also recording `marker` (an event key) in the same conditional write, so "processed"
   * and "applied" can never disagree.
   */
  async saveMarked(ticket: Ticket, expectedVersion: number, marker?: string): Promise<Ticket> {
    const known = this.known.peek(ticket.id);
    let prev = known?.version === expectedVersion ? known : await this.fetch(ticket.id);
    if (!prev || prev.version !== expectedVersion) throw new ConcurrencyError(ticket.id, expectedVersion, prev?.version ?? null);
    const next = { ...copy(ticket), version: expectedVersion + 1 };
    for (let attempt = 0; ; attempt++) {
      const stored = toRecord(next, prev, marker);
      try {
        await kvs.transact().set(ticket.id, stored, { entityName: TICKET_ENTITY, conditions: unchangedSince(prev) }).execute();
        this.known.remember(stored);
        return copy(next);
      } catch (error) {
        const now = await this.fetch(ticket.id);
        if (now?.version !== expectedVersion) throw new ConcurrencyError(ticket.id, expectedVersion, now?.version ?? null);
        // Same version: only the Jira link can have moved (linked meanwhile); write once more over it.
        if (attempt > 0 || now.issueId === prev.issueId) throw error;
        prev = now;
      }
    }
  }

  /** Links a ticket to its Jira issue (idempotent; keeps the ticket and its version). */
  async link(ticketId: string, issue: IssueLink): Promise<void> {
    const prev = await this.fetch(ticketId);
    if (!prev) throw new Error(`link: no ticket ${ticketId}`);
    if (prev.issueId === issue.issueId) return;
    const stored = { ...prev, ...issue };
    try {
      await kvs.transact().set(ticketId, stored, { entityName: TICKET_ENTITY, conditions: unchangedSince(prev) }).execute();
    } catch (error) {
      this.known.forget(ticketId);
      throw error;
    }
    this.known.remember(stored);
  }

  async list(query: TicketQuery): Promise<Ticket[]> {
    return (await this.listRecords(query)).map((r) => r.ticket);
  }

  /** `list`, returning the stored records (with their Jira links). */
  async listRecords(query: TicketQuery): Promise<TicketRecord[]> {
    const states = query.status === 'open' ? ['open'] : query.status === 'closed' ? ['closed'] : ['open', 'closed'];
    const byId = new Map<string, TicketRecord>();
    for (const state of states) {
      for await (const rec of this.scan(INDEX.state, state)) if (matchesQuery(rec.ticket, query)) byId.set(rec.ticketId, rec);
    }
    const sorted = sortTickets([...byId.values()].map((r) => r.ticket), query.sort ?? 'createdAt');
    const limited = query.limit === undefined ? sorted : sorted.slice(0, query.limit);
    return limited.flatMap((t) => byId.get(t.id) ?? []);
  }

  async nextSequence(year: number): Promise<number> {
    const hintKey = `seq:${year}`;
    const hint = await kvs.get<number>(hintKey);
    let n = (typeof hint === 'number' ? hint : 0) + 1;
    while (!(await claim(`seq:${year}:${n}`, true))) n++;
    await kvs.set(hintKey, n);
    return n;
  }

  async dueForWakeUp(before: Date, limit: number): Promise<Ticket[]> {
    return (await this.dueRecords(before, limit)).map((r) => r.ticket);
  }

  /** Records whose wake-up is at or before `before`, earliest first (ties by id). */
  async dueRecords(before: Date, limit: number, cursor?: string): Promise<TicketRecord[]> {
    const out: TicketRecord[] = [];
    let next = cursor;
    do {
      let q = entity().query().index(INDEX.wake)
        .where(WhereConditions.lessThanEqualTo(canonicalIso(before.toISOString())))
        .sort(Sort.ASC).limit(Math.min(PAGE, limit - out.length));
      if (next) q = q.cursor(next);
      const page = await q.getMany();
      for (const r of page.results) out.push(recordSchema.parse(r.value));
      next = page.nextCursor;
    } while (next && out.length < limit);
    return out;
  }

  /** One page of the wake-up index with `from <= wakeAt <= before` (earliest first) and its cursor. */
  async wakePage(from: string | null, before: Date, limit: number, cursor?: string): Promise<{ records: TicketRecord[]; cursor?: string }> {
    const to = canonicalIso(before.toISOString());
    let q = entity().query().index(INDEX.wake)
      .where(from === null ? WhereConditions.lessThanEqualTo(to) : WhereConditions.between(from, to))
      .sort(Sort.ASC).limit(Math.min(PAGE, limit));
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany();
    return { records: page.results.map((r) => recordSchema.parse(r.value)), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  }

  private async byIndex(index: string, value: string): Promise<TicketRecord | null> {
    const hit = await entity().query().index(index).where(WhereConditions.equalTo(value)).limit(1).getMany();
    const first = hit.results[0];
    return first ? recordSchema.parse(first.value) : null;
  }

  private async *scan(index: string, partition: string): AsyncGenerator<TicketRecord> {
    let cursor: string | undefined;
    do {
      let q = entity().query().index(index, { partition: [partition] }).sort(Sort.ASC).limit(PAGE);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      for (const r of page.results) yield recordSchema.parse(r.value);
      cursor = page.nextCursor;
    } while (cursor);
  }
}
