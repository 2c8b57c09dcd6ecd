/**
 * `Idempotency-Key` records of `POST /api/tickets`: the key, a fingerprint of the body it was
 * first used with, and the ticket it produced (a repeat with another body is a conflict).
 */
import type { VentanillaDb } from './database';

export interface IdempotencyRecord {
  key: string;
  fingerprint: string;
  ticketId: string;
}

export class SqliteIdempotencyStore {
  constructor(private readonly conn: VentanillaDb) {}

  async get(key: string): Promise<IdempotencyRecord | null> {
    const row: unknown = this.conn.db
      .prepare('SELECT fingerprint, ticket_id FROM idempotency_keys WHERE key = ?')
      .get(key);
    if (typeof row !== 'object' || row === null) return null;
    const { fingerprint, ticket_id: ticketId } = { fingerprint: null, ticket_id: null, ...row };
    if (typeof fingerprint !== 'string' || typeof ticketId !== 'string') throw new Error('idempotency row: bad columns');
    return { key, fingerprint, ticketId };
  }

  /** Records the first use of `key` (a second record of the same key keeps the first). */
  put(record: IdempotencyRecord, at: string): Promise<void> {
    return this.conn.write(() => {
      this.conn.db
        .prepare('INSERT OR IGNORE INTO idempotency_keys (key, fingerprint, ticket_id, created_at) VALUES (?, ?, ?, ?)')
        .run(record.key, record.fingerprint, record.ticketId, at);
    });
  }
}
