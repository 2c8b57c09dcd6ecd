/**
 * Cursor-paged listing of the OPEN tickets through the `by-state` index (partition `open`, oldest
 * `createdAt` first, ties by key). Unlike `listRecords`, one call reads one page: a long job (the
 * recompute after a settings save) stores the cursor as its checkpoint and resumes from it in a
 * later invocation. The cursor is Forge's opaque index position, so tickets closed meanwhile drop
 * out and tickets filed meanwhile come at the end.
 */
import { kvs, Sort } from '@forge/kvs';
import { INDEX, TICKET_ENTITY } from './entity';
import { recordSchema, type TicketRecord } from './record';

/** Forge's largest page for one custom-entity query. */
export const MAX_QUERY_PAGE = 100;

export interface RecordPage {
  records: TicketRecord[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

/**
 * One page (≤ {@link MAX_QUERY_PAGE}) of open ticket records after `cursor` (null = from the start).
 *
 * @example
 * let page = await openRecordsPage(null, 100);
 * while (page.cursor) page = await openRecordsPage(page.cursor, 100);
 */
export async function openRecordsPage(cursor: string | null, limit: number): Promise<RecordPage> {
  let q = kvs.entity<TicketRecord>(TICKET_ENTITY).query().index(INDEX.state, { partition: ['open'] })
    .sort(Sort.ASC).limit(Math.max(1, Math.min(MAX_QUERY_PAGE, limit)));
  if (cursor) q = q.cursor(cursor);
  const page = await q.getMany();
  return { records: page.results.map((r) => recordSchema.parse(r.value)), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
}
