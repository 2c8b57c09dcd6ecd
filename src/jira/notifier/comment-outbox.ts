/**
 * The durable outbox of the consumer's batched Jira comments (ADR 0083). Each comment line is a
 * KVS key `comment-outbox:<issueId>:<digest of its delivery key>` written BEFORE the notifier
 * reports the notification as delivered (so the ticket's own outbox may forget it), and deleted
 * only after the comment carrying it was posted. A retry, a later delivery or the sweep's drain
 * posts what is left. One key per line (no read-modify-write): concurrent writers lose nothing,
 * and a redelivered notification (same delivery key) overwrites its own line instead of adding one.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { JiraClient } from '../client/jira-client';
import { digest } from '../store/kv';

const PREFIX = 'comment-outbox:';
/** Forge's batch operations take at most 25 items. */
const BATCH = 25;

const lineSchema = z.object({
  issueId: z.string(), ticketId: z.string(), line: z.string(), at: z.string(), seq: z.number().int(),
  /** Jira accounts the comment mentions for this line (ADR 0087); kept so a retry mentions them too. */
  mentions: z.array(z.string()).max(50).optional(),
});
export type OutboxLine = z.infer<typeof lineSchema> & { key: string };

/** The KVS key of the line for `deliveryKey` on `issueId`. */
export const outboxLineKey = (issueId: string, deliveryKey: string) => `${PREFIX}${issueId}:${digest(deliveryKey).slice(0, 40)}`;

/**
 * Stores one pending comment line (idempotent per delivery key). Returns its key.
 *
 * @example
 * await addLine({ issueId: '10001', ticketId: 't-1', line: 'PQRS-2026-000001 …', at, seq: 0 }, 't-1:notify:4:0');
 */
export async function addLine(line: z.infer<typeof lineSchema>, deliveryKey: string): Promise<string> {
  const key = outboxLineKey(line.issueId, deliveryKey);
  await kvs.set(key, line);
  return key;
}

async function scan(prefix: string, max = Number.POSITIVE_INFINITY): Promise<OutboxLine[]> {
  const out: OutboxLine[] = [];
  let cursor: string | undefined;
  do {
    let q = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany();
    for (const r of page.results) {
      const v = lineSchema.safeParse(r.value);
      if (v.success) out.push({ ...v.data, key: r.key });
    }
    cursor = page.nextCursor;
  } while (cursor && out.length < max);
  return out;
}

/** The lines pending for `issueId`, oldest first (then in the order they were added). */
export async function pendingLines(issueId: string): Promise<OutboxLine[]> {
  const lines = await scan(`${PREFIX}${issueId}:`);
  return lines.sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq || a.key.localeCompare(b.key));
}

/** Deletes posted lines (≤ 25 keys per request). */
export async function removeLines(keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH) await kvs.batchDelete(keys.slice(i, i + BATCH).map((key) => ({ key })));
}

/** Issues with a line older than `before` (left by a crash or exhausted retries), at most `max` lines read. */
export async function staleIssues(before: Date, max = 500): Promise<string[]> {
  const lines = await scan(PREFIX, max);
  return [...new Set(lines.filter((l) => Date.parse(l.at) < before.getTime()).map((l) => l.issueId))];
}

/**
 * Of `lines` (left over from an earlier attempt), those already present in a comment created at
 * or after the line's own instant — posted by an attempt that crashed before deleting them.
 * Reads the newest 100 comments of the issue (one request; only on this recovery path).
 */
export async function alreadyPosted(jira: JiraClient, issueId: string, lines: OutboxLine[]): Promise<Set<string>> {
  const comments = await jira.recentComments(issueId, 100);
  if (comments === null) return new Set(lines.map((l) => l.key)); // issue gone: nothing left to post on
  const posted = comments.map((c) => ({ at: c.createdMs, lines: new Set(c.text.split('\n')) }));
  const found = new Set<string>();
  for (const l of lines) {
    const from = Date.parse(l.at) - 60_000; // clocks of Jira and the app may differ slightly
    if (posted.some((c) => c.at >= from && c.lines.has(l.line))) found.add(l.key);
  }
  return found;
}
