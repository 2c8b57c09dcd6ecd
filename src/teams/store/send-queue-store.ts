/**
 * The bot's durable send queue (ADR 0088): proactive messages handed over by the notifier, kept
 * until the Bot Connector accepted them. One insert per hand-off; per delivered message one delete
 * plus a small "sent" marker (same transaction), both through the group commit (concurrent writes
 * share one fsync). The marker makes a repeated hand-off of a sent id (the outbox redelivering
 * after a crash) a no-op; markers older than {@link SENT_MARKER_TTL_MS} are purged.
 */
import { z } from 'zod';
import type { Clock } from '../../core/index';
import type { OutgoingMessage } from '../bot/ports';
import type { VentanillaDb } from './database';

/** One stored message: the bot's `OutgoingMessage` (this store implements the bot's `SendStore` port). */
export type QueuedSend = OutgoingMessage;

const JsonObject = z.string().transform((text, ctx) => {
  const parsed = z.record(z.string(), z.unknown()).safeParse(JSON.parse(text));
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'not a JSON object' });
    return z.NEVER;
  }
  return parsed.data;
});

const Row = z.object({
  id: z.string(),
  conversation_key: z.string(),
  tenant_key: z.string(),
  reference: JsonObject,
  card: JsonObject,
  ticket_id: z.string().nullable(),
  kind: z.string(),
  to_label: z.string(),
});

/** How long a "sent" marker is kept (the outbox redelivers within minutes of a restart). */
export const SENT_MARKER_TTL_MS = 48 * 60 * 60 * 1000;
const PURGE_EVERY = 1000;

export class SqliteSendQueueStore {
  private removals = 0;

  constructor(
    private readonly conn: VentanillaDb,
    private readonly clock: Clock,
  ) {}

  /**
   * Inserts the messages in one transaction; an id already queued or already sent is skipped.
   * Resolves after COMMIT with the ids stored.
   */
  add(messages: readonly QueuedSend[]): Promise<string[]> {
    const at = this.clock.now().toISOString();
    return this.conn.write(() => {
      const insert = this.conn.db.prepare(
        `INSERT OR IGNORE INTO bot_send_queue
           (id, conversation_key, tenant_key, reference, card, ticket_id, kind, to_label, created_at)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM bot_sent_ids WHERE id = ?)`,
      );
      const stored: string[] = [];
      for (const m of messages) {
        const { changes } = insert.run(
          m.id, m.conversationKey, m.tenantKey, JSON.stringify(m.reference), JSON.stringify(m.card), m.ticketId, m.kind, m.to, at, m.id,
        );
        if (changes > 0) stored.push(m.id);
      }
      return stored;
    });
  }

  /** Deletes a delivered (or given-up) message and marks its id sent, in one transaction; resolves after COMMIT. */
  remove(id: string): Promise<void> {
    const now = this.clock.now().getTime();
    const purge = ++this.removals % PURGE_EVERY === 0;
    return this.conn.write(() => {
      this.conn.db.prepare('DELETE FROM bot_send_queue WHERE id = ?').run(id);
      this.conn.db.prepare('INSERT OR REPLACE INTO bot_sent_ids (id, sent_at) VALUES (?, ?)').run(id, new Date(now).toISOString());
      if (purge) this.purgeBefore(now - SENT_MARKER_TTL_MS);
    });
  }

  private purgeBefore(ms: number): void {
    this.conn.db.prepare('DELETE FROM bot_sent_ids WHERE sent_at < ?').run(new Date(ms).toISOString());
  }

  /** Every stored message, in hand-off order (old "sent" markers are purged first). */
  pending(): Promise<QueuedSend[]> {
    this.purgeBefore(this.clock.now().getTime() - SENT_MARKER_TTL_MS);
    const rows: unknown[] = this.conn.db
      .prepare('SELECT id, conversation_key, tenant_key, reference, card, ticket_id, kind, to_label FROM bot_send_queue ORDER BY seq')
      .all();
    return Promise.resolve(rows.map((raw) => {
      const row = Row.parse(raw);
      return {
        id: row.id, conversationKey: row.conversation_key, tenantKey: row.tenant_key, reference: row.reference,
        card: row.card, ticketId: row.ticket_id, kind: row.kind, to: row.to_label,
      };
    }));
  }
}
