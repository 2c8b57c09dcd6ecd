/**
 * Markers of the app's own writes to Jira (comments, field changes), so the issue trigger skips
 * the events they echo back (besides the manifest's `ignoreSelf`). A marker lives a day.
 */
import { kvs } from '@forge/kvs';
import { digest } from '../store/kv';

const OWN_TTL_SECONDS = 24 * 3600;

/** Marker of a comment the app posted. */
export const ownCommentKey = (commentId: string) => `own-comment:${commentId}`;

/** Marker of a field the app itself is about to change on an issue (the update trigger skips it). */
export const ownChangeKey = (issueId: string, field: string, to: string | null) => `own-change:${issueId}:${field}:${digest(to ?? '')}`;

/** Records a marker (before the write it announces, or right after a post returns its id). */
export async function rememberOwnWrite(key: string): Promise<void> {
  await kvs.set(key, true, { ttl: { value: OWN_TTL_SECONDS, unit: 'SECONDS' } });
}
