/** Small durable scheduler marks (e.g. the last week the agent pulse was sent) on SQLite. */
import type { VentanillaDb } from './database';

export class SqliteSchedulerState {
  constructor(private readonly conn: VentanillaDb) {}

  async get(key: string): Promise<string | null> {
    const row: unknown = this.conn.db.prepare('SELECT value FROM scheduler_state WHERE key = ?').get(key);
    if (typeof row !== 'object' || row === null || !('value' in row) || typeof row.value !== 'string') return null;
    return row.value;
  }

  set(key: string, value: string, at: string): Promise<void> {
    return this.conn.write(() => {
      this.conn.db
        .prepare('INSERT INTO scheduler_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
        .run(key, value, at);
    });
  }
}
