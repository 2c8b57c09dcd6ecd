/** Conversation references for proactive messages (the bot's `ConversationStore`), on SQLite. */
import type { ConversationReferenceJson, ConversationScope, ConversationStore } from '../service/types';
import type { Clock } from '../../core/index';
import type { VentanillaDb } from './database';
import { objectFromJson } from './rows';

export class SqliteConversationStore implements ConversationStore {
  constructor(
    private readonly conn: VentanillaDb,
    private readonly clock: Clock,
  ) {}

  save(scope: ConversationScope, key: string, reference: ConversationReferenceJson): Promise<void> {
    const json = JSON.stringify(reference);
    const at = this.clock.now().toISOString();
    return this.conn.write(() => {
      this.conn.db
        .prepare(
          `INSERT INTO conversations (scope, key, reference, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(scope, key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
        )
        .run(scope, key, json, at);
    });
  }

  async get(scope: ConversationScope, key: string): Promise<ConversationReferenceJson | null> {
    const json = this.conn.db.prepare('SELECT reference FROM conversations WHERE scope = ? AND key = ?').pluck().get(scope, key);
    return json === undefined ? null : objectFromJson(json);
  }

  async list(scope: ConversationScope): Promise<{ key: string; reference: ConversationReferenceJson }[]> {
    const rows: unknown[] = this.conn.db
      .prepare('SELECT key, reference FROM conversations WHERE scope = ? ORDER BY key')
      .all(scope);
    return rows.map((row) => {
      if (typeof row !== 'object' || row === null || !('key' in row) || typeof row.key !== 'string' || !('reference' in row)) {
        throw new Error('conversation row: bad columns');
      }
      return { key: row.key, reference: objectFromJson(row.reference) };
    });
  }

  delete(scope: ConversationScope, key: string): Promise<void> {
    return this.conn.write(() => {
      this.conn.db.prepare('DELETE FROM conversations WHERE scope = ? AND key = ?').run(scope, key);
    });
  }
}
