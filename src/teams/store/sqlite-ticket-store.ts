/**
 * `TicketStore` on SQLite. The full ticket is one JSON column; the fields the queries filter or
 * sort on are indexed columns beside it. Writes go through the group-commit queue, so a promise
 * resolves only after a durable COMMIT; fired escalation keys are recorded in the same
 * transaction as the ticket that carries them.
 */
import {
  ConcurrencyError, DONE_STATUSES, type Ticket, type TicketQuery, type TicketStore,
} from '../../core/index';
import type { Statement } from 'better-sqlite3';
import type { VentanillaDb } from './database';
import { ticketFromJson } from './rows';

const SORTS: Record<NonNullable<TicketQuery['sort']>, string> = {
  createdAt: 'created_at ASC, id ASC',
  '-createdAt': 'created_at DESC, id DESC',
  updatedAt: 'updated_at ASC, id ASC',
  '-updatedAt': 'updated_at DESC, id DESC',
  nextWakeUpAt: 'next_wake_up_at IS NULL, next_wake_up_at ASC, id ASC',
};

/** Column values of a ticket row, in the order of the INSERT below. */
function rowValues(t: Ticket): (string | number | null)[] {
  return [
    t.id, t.number, t.intakeKey, t.status, DONE_STATUSES.includes(t.status) ? 0 : 1,
    t.requester.email.toLowerCase(), t.assigneeId, t.tier, t.type, t.priority, t.channel, t.breached ? 1 : 0,
    t.nextWakeUpAt, t.createdAt, t.updatedAt, t.version, JSON.stringify(t),
  ];
}

export class SqliteTicketStore implements TicketStore {
  constructor(private readonly conn: VentanillaDb) {}

  private readonly statements = new Map<string, Statement>();

  /** A cached prepared statement. */
  private stmt(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.conn.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  create(ticket: Ticket): Promise<{ ticket: Ticket; created: boolean }> {
    return this.conn.write(() => {
      const info = this.stmt(
          `INSERT INTO tickets (id, number, intake_key, status, is_open, requester_email, assignee_id, tier, type,
             priority, channel, breached, next_wake_up_at, created_at, updated_at, version, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(intake_key) DO NOTHING`,
        )
        .run(...rowValues(ticket));
      if (info.changes === 0) {
        const existing = this.stmt('SELECT data FROM tickets WHERE intake_key = ?').pluck().get(ticket.intakeKey);
        return { ticket: ticketFromJson(existing), created: false };
      }
      this.recordFired(ticket);
      return { ticket: structuredClone(ticket), created: true };
    });
  }

  async get(id: string): Promise<Ticket | null> {
    return this.one('SELECT data FROM tickets WHERE id = ?', id);
  }

  async getByNumber(number: string): Promise<Ticket | null> {
    return this.one('SELECT data FROM tickets WHERE number = ?', number);
  }

  async findByIntakeKey(key: string): Promise<Ticket | null> {
    return this.one('SELECT data FROM tickets WHERE intake_key = ?', key);
  }

  save(ticket: Ticket, expectedVersion: number): Promise<Ticket> {
    return this.conn.write(() => {
      const current = this.stmt('SELECT version FROM tickets WHERE id = ?').pluck().get(ticket.id);
      const actual = typeof current === 'number' ? current : null;
      if (actual !== expectedVersion) throw new ConcurrencyError(ticket.id, expectedVersion, actual);
      const next: Ticket = { ...structuredClone(ticket), version: expectedVersion + 1 };
      const [, number, intakeKey, ...rest] = rowValues(next);
      this.stmt(
          `UPDATE tickets SET number = ?, intake_key = ?, status = ?, is_open = ?, requester_email = ?, assignee_id = ?,
             tier = ?, type = ?, priority = ?, channel = ?, breached = ?, next_wake_up_at = ?, created_at = ?,
             updated_at = ?, version = ?, data = ? WHERE id = ?`,
        )
        .run(number, intakeKey, ...rest, next.id);
      this.recordFired(next);
      return structuredClone(next);
    });
  }

  async list(query: TicketQuery): Promise<Ticket[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (sql: string, ...values: (string | number)[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (query.status === 'open') add('is_open = 1');
    if (query.status === 'closed') add('is_open = 0');
    if (query.statuses) {
      if (query.statuses.length === 0) return [];
      add(`status IN (${query.statuses.map(() => '?').join(', ')})`, ...query.statuses);
    }
    if (query.requesterEmail !== undefined) add('requester_email = ?', query.requesterEmail.toLowerCase());
    if (query.assigneeId === null) add('assignee_id IS NULL');
    else if (query.assigneeId !== undefined) add('assignee_id = ?', query.assigneeId);
    if (query.tier !== undefined) add('tier = ?', query.tier);
    if (query.type !== undefined) add('type = ?', query.type);
    if (query.priority !== undefined) add('priority = ?', query.priority);
    if (query.channel !== undefined) add('channel = ?', query.channel);
    if (query.breached !== undefined) add('breached = ?', query.breached ? 1 : 0);
    if (query.createdFrom !== undefined) add('created_at >= ?', query.createdFrom);
    if (query.createdTo !== undefined) add('created_at < ?', query.createdTo);
    const sql =
      `SELECT data FROM tickets${where.length ? ` WHERE ${where.join(' AND ')}` : ''}` +
      ` ORDER BY ${SORTS[query.sort ?? 'createdAt']}` +
      (query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))}` : '');
    return this.stmt(sql)
      .pluck()
      .all(...params)
      .map(ticketFromJson);
  }

  nextSequence(year: number): Promise<number> {
    // Eager: committed with the ticket that uses the number (see VentanillaDb.writeEager).
    return this.conn.writeEager(() => {
      const value = this.stmt(
          `INSERT INTO sequences (year, value) VALUES (?, 1)
           ON CONFLICT(year) DO UPDATE SET value = value + 1 RETURNING value`,
        )
        .pluck()
        .get(year);
      if (typeof value !== 'number') throw new Error('sequence: no value returned');
      return value;
    });
  }

  async dueForWakeUp(before: Date, limit: number): Promise<Ticket[]> {
    return this.stmt(
        `SELECT data FROM tickets WHERE next_wake_up_at IS NOT NULL AND next_wake_up_at <= ?
         ORDER BY next_wake_up_at ASC, id ASC LIMIT ?`,
      )
      .pluck()
      .all(before.toISOString(), Math.max(0, Math.floor(limit)))
      .map(ticketFromJson);
  }

  /**
   * Open tickets per assignee among `assigneeIds` (not counting `excludeTicketId`), in one indexed
   * `GROUP BY` (ADR 0026); ids without open tickets are absent (= 0).
   */
  async openLoads(assigneeIds: readonly string[], excludeTicketId?: string): Promise<Record<string, number>> {
    const loads: Record<string, number> = {};
    if (assigneeIds.length === 0) return loads;
    const rows: unknown[] = this.stmt(
        `SELECT assignee_id, COUNT(*) AS n FROM tickets
         WHERE assignee_id IN (${assigneeIds.map(() => '?').join(', ')}) AND is_open = 1 AND id <> ?
         GROUP BY assignee_id`,
      )
      .all(...assigneeIds, excludeTicketId ?? '');
    for (const row of rows) {
      if (typeof row !== 'object' || row === null || !('assignee_id' in row) || !('n' in row)) continue;
      if (typeof row.assignee_id === 'string' && typeof row.n === 'number') loads[row.assignee_id] = row.n;
    }
    return loads;
  }

  /** The earliest `nextWakeUpAt` of all tickets (the scheduler sleeps until then), or null. */
  async earliestWakeUp(): Promise<string | null> {
    const value = this.stmt('SELECT MIN(next_wake_up_at) FROM tickets WHERE next_wake_up_at IS NOT NULL')
      .pluck()
      .get();
    return typeof value === 'string' ? value : null;
  }

  /** Fired escalation keys recorded for a ticket (audit; mirrors `ticket.fired`). */
  async firedKeys(ticketId: string): Promise<string[]> {
    return this.stmt('SELECT key FROM fired_escalations WHERE ticket_id = ? ORDER BY key')
      .pluck()
      .all(ticketId)
      .filter((k): k is string => typeof k === 'string');
  }

  /** Number of stored tickets. */
  async count(): Promise<number> {
    const value = this.stmt('SELECT COUNT(*) FROM tickets').pluck().get();
    return typeof value === 'number' ? value : 0;
  }

  private one(sql: string, key: string): Ticket | null {
    const data = this.stmt(sql).pluck().get(key);
    return data === undefined ? null : ticketFromJson(data);
  }

  private recordFired(ticket: Ticket): void {
    if (ticket.fired.length === 0) return;
    const insert = this.stmt('INSERT OR IGNORE INTO fired_escalations (key, ticket_id, fired_at) VALUES (?, ?, ?)');
    for (const key of ticket.fired) insert.run(key, ticket.id, ticket.updatedAt);
  }
}
