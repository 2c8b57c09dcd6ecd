/**
 * The escalation consumer. Three kinds of event:
 * - wake-up (`{ ticketIds, bucket }`, from the sweep): re-reads each ticket and runs the core's
 *   `runDueEscalations` (idempotent by action key: a duplicate delivery acts once), posts the
 *   batched comments and writes the `ventanilla` property of every ticket in one bulk request
 *   (≤ 100 per event). A ticket not yet due (early delivery) is pushed again for its instant.
 * - recompute-job page (`{ job: 'recompute', jobId, page }`, ADR 0082): recompute-page.ts.
 * - comment drain (`{ comments: [issueId…] }`, from the sweep): posts comments left in the outbox.
 * Jira 429 → `InvocationError` with the `Retry-After`; its `retryData` names the issues whose
 * comments are still in the durable outbox (ADR 0083), so the retry posts them — no comment is
 * lost although the escalations behind them are already recorded.
 */
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { z } from 'zod';
import { RateLimitedError } from '../client/request';
import type { JiraNotifier } from '../notifier/jira-notifier';
import type { JiraContext } from '../service/context';
import type { TicketRecord } from '../store/record';
import { planEvents } from './plan';
import { batchDeps, evaluateRecords } from './recompute-evaluate';
import { recomputeBodySchema } from './recompute-job';
import { runRecomputePage, type RecomputePageReport } from './recompute-page';
import { QUEUE_KEY } from './sweep';

/** Bucket name of the (legacy) per-ticket events queued after a settings change: re-evaluated now. */
export const RECOMPUTE = 'recompute';
/** Issue ids carried in a retry (Forge: retryData ≤ 4 KB). */
const MAX_RETRY_ISSUES = 200;

const ticketsBody = z.object({ ticketIds: z.array(z.string().min(1)).min(1).max(100), bucket: z.string().optional() });
const drainBody = z.object({ comments: z.array(z.string().min(1)).min(1).max(MAX_RETRY_ISSUES) });
const retryDataSchema = z.object({ comments: z.array(z.string()).max(MAX_RETRY_ISSUES) });
const eventSchema = z.object({
  body: z.union([recomputeBodySchema, ticketsBody, drainBody]),
  retryContext: z.object({ retryData: z.unknown().optional() }).loose().optional(),
}).loose();

export interface WakeUpReport {
  processed: number;
  changed: number;
  repushed: number;
  comments: number;
  propertyRequests: number;
}

export type ConsumerResult = WakeUpReport | RecomputePageReport | InvocationError | { invalid: true };

/** Handles one delivery of the ventanilla-escalations queue. */
export async function handleWakeUp(ctx: JiraContext, raw: unknown): Promise<ConsumerResult> {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { invalid: true };
  const retry = retryDataSchema.safeParse(parsed.data.retryContext?.retryData);
  const left = retry.success ? retry.data.comments : [];
  const body = parsed.data.body;
  const held: { notifier: JiraNotifier | null } = { notifier: null };
  const keep = (n: JiraNotifier) => void (held.notifier = n);
  try {
    if ('job' in body) return await runRecomputePage(ctx, new Queue({ key: QUEUE_KEY }), body, left, keep);
    if ('comments' in body) return await drain(ctx, [...left, ...body.comments], keep);
    return await wakeUp(ctx, body.ticketIds, body.bucket === RECOMPUTE, left, keep);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      const pending = [...new Set([...left, ...(held.notifier?.unflushed() ?? [])])];
      return new InvocationError({
        retryAfter: Math.max(1, error.retryAfterSeconds),
        retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
        ...(pending.length > 0 ? { retryData: { comments: pending.slice(0, MAX_RETRY_ISSUES) } } : {}),
      });
    }
    throw error;
  }
}

async function drain(ctx: JiraContext, issues: string[], keep: (n: JiraNotifier) => void): Promise<WakeUpReport> {
  const deps = batchDeps(ctx, await ctx.settings.current());
  keep(deps.notifier);
  const comments = await deps.notifier.flush(issues);
  return { processed: 0, changed: 0, repushed: 0, comments, propertyRequests: 0 };
}

async function wakeUp(ctx: JiraContext, ticketIds: string[], recompute: boolean, left: readonly string[], keep: (n: JiraNotifier) => void): Promise<WakeUpReport> {
  const doc = await ctx.settings.current();
  const deps = batchDeps(ctx, doc);
  keep(deps.notifier);
  const records: TicketRecord[] = [];
  await ctx.store.prefetch(ticketIds); // batched reads (≤ 25 a request) instead of one per ticket
  for (const id of ticketIds) {
    const record = await ctx.store.record(id);
    if (record) records.push(record);
  }
  const r = await evaluateRecords(ctx, doc, deps, records, { recompute, leftComments: left });
  if (r.early.length > 0) await new Queue({ key: QUEUE_KEY }).push(planEvents(r.early, ctx.clock.now()));
  return { processed: r.processed, changed: r.changed, repushed: r.early.length, comments: r.comments, propertyRequests: r.propertyRequests };
}
