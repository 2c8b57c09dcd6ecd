/**
 * The escalation consumer: for each ticket of a wake-up event, re-reads it and runs the core's
 * `runDueEscalations` (idempotent by action key: a duplicate delivery acts once), then writes the
 * `ventanilla` property of every changed ticket in one bulk request (≤ 100 per event). A ticket
 * not yet due (early delivery) is pushed again for its instant. Jira 429 → `InvocationError` with
 * the `Retry-After` (the retry re-runs only what is still due).
 */
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { z } from 'zod';
import { runDueEscalations } from '../../core/index';
import { RateLimitedError } from '../client/request';
import { propertyOf, PROPERTY_KEY } from '../properties/ventanilla-property';
import { ticketDeps, type JiraContext } from '../service/context';
import { planEvents, type DueTicket } from './plan';
import { QUEUE_KEY } from './sweep';

/** An early ticket is pushed again only when due soon; later ones are the next sweeps' job. */
const REPUSH_WITHIN_MS = 10 * 60_000;

const eventSchema = z.object({
  body: z.object({ ticketIds: z.array(z.string().min(1)).min(1).max(100), bucket: z.string().optional() }),
}).loose();

export interface WakeUpReport {
  processed: number;
  changed: number;
  repushed: number;
  propertyRequests: number;
}

export async function handleWakeUp(ctx: JiraContext, raw: unknown): Promise<WakeUpReport | InvocationError | { invalid: true }> {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { invalid: true };
  try {
    return await wakeUp(ctx, parsed.data.body.ticketIds, parsed.data.body.bucket === RECOMPUTE);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return new InvocationError({ retryAfter: Math.max(1, error.retryAfterSeconds), retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    }
    throw error;
  }
}

/** Bucket name of the events queued after a settings change: every ticket is re-evaluated now. */
export const RECOMPUTE = 'recompute';

async function wakeUp(ctx: JiraContext, ticketIds: string[], recompute: boolean): Promise<WakeUpReport> {
  const doc = await ctx.settings.current();
  const deps = ticketDeps(ctx, doc, true, ctx.clock, true);
  const now = ctx.clock.now();
  const report: WakeUpReport = { processed: 0, changed: 0, repushed: 0, propertyRequests: 0 };
  const writes: { issueId: string; properties: Record<string, unknown> }[] = [];
  const early: DueTicket[] = [];
  for (const id of ticketIds) {
    const record = await ctx.store.record(id);
    if (!record) continue;
    report.processed++;
    const wake = record.ticket.nextWakeUpAt;
    if (!recompute && wake !== null && Date.parse(wake) > now.getTime()) {
      if (Date.parse(wake) - now.getTime() <= REPUSH_WITHIN_MS) early.push({ ticketId: id, wakeAt: wake });
      continue;
    }
    const result = await runDueEscalations(deps, record.ticket);
    if (!result.ok) continue;
    if (result.value.version !== record.version) report.changed++;
    // Written even when unchanged: a retried delivery (after a 429) refreshes what the first try missed.
    if (record.issueId) writes.push({ issueId: record.issueId, properties: { [PROPERTY_KEY]: propertyOf(result.value, doc.settings, now) } });
  }
  if (early.length > 0) {
    await new Queue({ key: QUEUE_KEY }).push(planEvents(early, now));
    report.repushed = early.length;
  }
  await deps.notifier.flush();
  if (writes.length > 0) report.propertyRequests = await ctx.jira.setPropertiesBulk(writes);
  return report;
}
