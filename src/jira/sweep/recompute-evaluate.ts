/**
 * The consumer's unit of work, shared by wake-up events and recompute-job pages: run the core's
 * `runDueEscalations` on each ticket record (idempotent by action key), collect the `ventanilla`
 * property of each, post the batched comments (durable outbox, ADR 0083) and write the properties
 * in bulk (≤ 100 issues per request). Tickets delivered early are returned for re-pushing.
 */
import { runDueEscalations } from '../../core/index';
import { propertyOf, PROPERTY_KEY } from '../properties/ventanilla-property';
import type { SettingsDoc } from '../settings/settings-store';
import { ticketDeps, type JiraContext } from '../service/context';
import type { TicketRecord } from '../store/record';
import type { JiraNotifier } from '../notifier/jira-notifier';
import type { DueTicket } from './plan';

/** An early ticket is pushed again only when due soon; later ones are the next sweeps' job. */
const REPUSH_WITHIN_MS = 10 * 60_000;

export interface EvaluateReport {
  processed: number;
  changed: number;
  comments: number;
  propertyRequests: number;
  /** Tickets delivered before their wake-up (wake-up events only). */
  early: DueTicket[];
}

/** App-made changes under `doc` with a batching notifier (outbox lines stamped with the context's clock). */
export function batchDeps(ctx: JiraContext, doc: SettingsDoc): ReturnType<typeof ticketDeps> {
  return ticketDeps(ctx, doc, true, ctx.clock, true);
}

/**
 * Re-evaluates `records` under `doc`. `recompute`: every ticket now (settings changed); otherwise
 * only tickets whose wake-up has come. `leftComments`: issues whose comments an earlier attempt
 * left in the outbox (posted first with this flush).
 *
 * @example
 * const r = await evaluateRecords(ctx, doc, deps, records, { recompute: true, leftComments: [] });
 */
export async function evaluateRecords(
  ctx: JiraContext,
  doc: SettingsDoc,
  deps: ReturnType<typeof ticketDeps> & { notifier: JiraNotifier },
  records: TicketRecord[],
  opts: { recompute: boolean; leftComments: readonly string[] },
): Promise<EvaluateReport> {
  const now = ctx.clock.now();
  const report: EvaluateReport = { processed: 0, changed: 0, comments: 0, propertyRequests: 0, early: [] };
  const writes: { issueId: string; properties: Record<string, unknown> }[] = [];
  for (const record of records) {
    report.processed++;
    const wake = record.ticket.nextWakeUpAt;
    if (!opts.recompute && wake !== null && Date.parse(wake) > now.getTime()) {
      if (Date.parse(wake) - now.getTime() <= REPUSH_WITHIN_MS) report.early.push({ ticketId: record.ticketId, wakeAt: wake });
      continue;
    }
    const result = await runDueEscalations(deps, record.ticket);
    if (!result.ok) continue;
    if (result.value.version !== record.version) report.changed++;
    // Written even when unchanged: a retried delivery (after a 429) refreshes what the first try missed.
    if (record.issueId) writes.push({ issueId: record.issueId, properties: { [PROPERTY_KEY]: propertyOf(result.value, doc.settings, now) } });
  }
  report.comments = await deps.notifier.flush(opts.leftComments);
  if (writes.length > 0) report.propertyRequests = await ctx.jira.setPropertiesBulk(writes);
  return report;
}
