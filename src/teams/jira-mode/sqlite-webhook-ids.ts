/**
 * Seen `webhook-id`s of Forge → Teams notifications (replay protection), in the server's SQLite
 * database. The table is created by this module (Jira mode only) and pruned past a day — far
 * beyond the ±5 minute signature window, so a replay can never be both fresh and forgotten.
 */
import type { VentanillaDb } from '../store/database';

/** Port: claim an id once. */
export interface WebhookIdClaims {
  /** True the first time `id` is claimed; false when it was seen before. */
  claim(id: string, at: Date): Promise<boolean>;
  /** Forgets a claim (the delivery failed, so the sender's retry must get through). */
  release(id: string): Promise<void>;
}

const KEEP_MS = 24 * 3600_000;

export class SqliteWebhookIds implements WebhookIdClaims {
  constructor(private readonly conn: VentanillaDb) {
    conn.db.exec('CREATE TABLE IF NOT EXISTS jira_webhook_ids (id TEXT PRIMARY KEY, received_at TEXT NOT NULL)');
  }

  claim(id: string, at: Date): Promise<boolean> {
    return this.conn.write(() => {
      this.conn.db.prepare('DELETE FROM jira_webhook_ids WHERE received_at < ?').run(new Date(at.getTime() - KEEP_MS).toISOString());
      const r = this.conn.db.prepare('INSERT OR IGNORE INTO jira_webhook_ids (id, received_at) VALUES (?, ?)').run(id, at.toISOString());
      return r.changes === 1;
    });
  }

  release(id: string): Promise<void> {
    return this.conn.write(() => {
      this.conn.db.prepare('DELETE FROM jira_webhook_ids WHERE id = ?').run(id);
    });
  }
}
