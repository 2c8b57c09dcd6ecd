/**
 * The one place that reads what `saveSettings` answers: the new version's metadata and the
 * sentence shown after a save (the recompute of open tickets runs as a background job, ADR 0082).
 */
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import type { I18n } from '../../../shared/i18n/i18n-context';

type SaveResult = ResolverOutput<'saveSettings'>;

/** The metadata of the version just saved. */
export function savedMeta(result: SaveResult): SaveResult['meta'] {
  return result.meta;
}

/**
 * "Settings saved (version 4). Open requests are being recalculated in the background; …"
 *
 * @example
 * recomputeNotice({ meta, recompute: { jobId: 'j1', status: 'queued' } }, tr);
 */
export function recomputeNotice(result: SaveResult, tr: I18n['tr']): string {
  return tr('jiraJobs.recomputeQueued', { version: result.meta.version });
}
