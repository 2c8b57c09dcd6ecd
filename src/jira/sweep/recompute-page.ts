/**
 * One page of a recompute job, in the consumer (ADR 0082). Idempotent by (job id, page number):
 * the page is leased first (a KVS claim, so a concurrent duplicate delivery stops), then the job
 * is read — a different job id means a newer save superseded this chain; a page number other
 * than the job's next page means this event was already processed (duplicate) — and only then is
 * the page read from the job's cursor, re-evaluated, checkpointed, and the next event pushed.
 */
import type { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraContext } from '../service/context';
import { claim } from '../store/kv';
import { openRecordsPage } from '../store/open-page';
import { batchDeps, evaluateRecords, type EvaluateReport } from './recompute-evaluate';
import { pushNext, readJob, RECOMPUTE_PAGE, writeJob, type RecomputeBody, type RecomputeJob } from './recompute-job';

/** A page lease outlives one consumer run (timeout 120 s) and expires long before a stall is resumed. */
const LEASE_SECONDS = 300;
const leaseSchema = z.object({ until: z.string() });

export interface RecomputePageReport {
  outcome: 'processed' | 'superseded' | 'duplicate' | 'busy';
  jobId: string;
  page: number;
  processed: number;
  changed: number;
  comments: number;
  propertyRequests: number;
  done: boolean;
  pushed: boolean;
}

const leaseKey = (b: RecomputeBody) => `recompute:lease:${b.jobId}:${b.page}`;

/** Takes the page's lease; a lease past its time (crashed holder) is taken over. */
async function lease(ctx: JiraContext, b: RecomputeBody): Promise<boolean> {
  const now = ctx.clock.now().getTime();
  const value = { until: new Date(now + LEASE_SECONDS * 1000).toISOString() };
  if (await claim(leaseKey(b), value, LEASE_SECONDS)) return true;
  const held = leaseSchema.safeParse(await kvs.get(leaseKey(b)));
  if (held.success && Date.parse(held.data.until) > now) return false;
  await kvs.set(leaseKey(b), value, { ttl: { value: LEASE_SECONDS, unit: 'SECONDS' } });
  return true;
}

/** Frees the lease after a failed attempt, so the platform's retry can take the page again. */
async function releaseLease(b: RecomputeBody): Promise<void> {
  await kvs.delete(leaseKey(b));
}

/**
 * Processes the page `body.page` of job `body.jobId` (see the file comment). `notifierOut`
 * receives the batching notifier so the caller can name unflushed comments on a Jira 429.
 *
 * @example
 * await runRecomputePage(ctx, queue, { job: 'recompute', jobId: 'j-1', page: 0 }, []);
 */
export async function runRecomputePage(
  ctx: JiraContext, queue: Queue, body: RecomputeBody, leftComments: readonly string[],
  notifierOut: (n: ReturnType<typeof batchDeps>['notifier']) => void = () => undefined,
): Promise<RecomputePageReport> {
  const base = { jobId: body.jobId, page: body.page, processed: 0, changed: 0, comments: 0, propertyRequests: 0, done: false, pushed: false };
  const peek = await readJob();
  if (peek?.jobId !== body.jobId) return { ...base, outcome: 'superseded' };
  if (peek.status === 'done' || peek.page !== body.page) return { ...base, outcome: 'duplicate' };
  if (!(await lease(ctx, body))) return { ...base, outcome: 'busy' };
  const job = await readJob(); // re-read under the lease: a checkpoint may have landed meanwhile
  if (job?.jobId !== body.jobId) return { ...base, outcome: 'superseded' };
  if (job.status === 'done' || job.page !== body.page) return { ...base, outcome: 'duplicate' };
  const doc = await ctx.settings.current();
  const deps = batchDeps(ctx, doc);
  notifierOut(deps.notifier);
  let next: RecomputeJob;
  let r: EvaluateReport;
  try {
    const page = await openRecordsPage(job.cursor, RECOMPUTE_PAGE);
    r = await evaluateRecords(ctx, doc, deps, page.records, { recompute: true, leftComments });
    const latest = await readJob();
    if (latest?.jobId !== body.jobId) return { ...base, ...counts(r), outcome: 'superseded' };
    const at = ctx.clock.now().toISOString();
    const done = page.cursor === undefined;
    next = {
      ...job, page: job.page + 1, cursor: page.cursor ?? null, processed: job.processed + r.processed, changed: job.changed + r.changed,
      propertyRequests: job.propertyRequests + r.propertyRequests, updatedAt: at, status: done ? 'done' : 'running', finishedAt: done ? at : null,
    };
    await writeJob(next);
  } catch (error) {
    await releaseLease(body); // the platform's retry (or the sweep) takes the page again
    throw error;
  }
  const done = next.status === 'done';
  return { ...base, ...counts(r), outcome: 'processed', done, pushed: done ? false : await tryPushNext(queue, next) };
}

/** Pushes the next page; a failed push (e.g. Forge's cyclic limit, 405) leaves the job to the sweep's resume. */
async function tryPushNext(queue: Queue, job: RecomputeJob): Promise<boolean> {
  try {
    return await pushNext(queue, job);
  } catch (error) {
    console.warn(`recompute job ${job.jobId}: push of page ${job.page} failed (${error instanceof Error ? error.name : 'unknown'}); the sweep resumes it`);
    return false;
  }
}

const counts = (r: { processed: number; changed: number; comments: number; propertyRequests: number }) =>
  ({ processed: r.processed, changed: r.changed, comments: r.comments, propertyRequests: r.propertyRequests });
