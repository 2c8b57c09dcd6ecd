/**
 * The paced recompute after a settings save (ADR 0082): ONE job record in KVS and ONE chain of
 * async events. The save writes the job (cursor null) and pushes its first event; each event
 * re-evaluates one page of open tickets (recompute-page.ts), checkpoints the cursor and pushes
 * the next event itself, `RECOMPUTE_DELAY_SECONDS` later. A newer save overwrites the job (new
 * id): the old chain sees the other id and stops. The scheduled sweep resumes a chain that
 * stalled (lost event, crash after the checkpoint) or that paused at the chain limit — Forge
 * counts the pushes of a chain against its originating invocation (≤ 1000 cyclic pushes), so a
 * chain never pushes more than `CHAIN_PUSH_LIMIT` times before the sweep re-seeds it.
 */
import type { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraContext } from '../service/context';

/** Tickets per event: one custom-entity query page, one bulk property request. */
export const RECOMPUTE_PAGE = 100;
/**
 * Pause between two pages. 100 tickets / 10 s = 600 tickets a minute: ≈ 6 events/min (limit
 * 500), ≈ 1,800 KVS reads + 600 writes a minute (limits 4,000 + 4,000, shared with everything
 * else the installation does), 6 bulk property requests a minute to Jira.
 */
export const RECOMPUTE_DELAY_SECONDS = 10;
/** Pushes one chain may make before it waits for the sweep to re-seed it (Forge's cyclic limit: 1000). */
export const CHAIN_PUSH_LIMIT = 500;
/** A running job with no checkpoint for this long is stalled (> max retryAfter 900 s + timeout 120 s). */
export const STALL_MS = 17 * 60_000;

const JOB_KEY = 'recompute:job';
const SEED_KEY = 'recompute:seed';

export const jobSchema = z.object({
  jobId: z.string().min(1),
  settingsVersion: z.number().int(),
  status: z.enum(['running', 'done']),
  /** Where the next page starts (null: from the first open ticket). */
  cursor: z.string().nullable(),
  /** Pages checkpointed so far (= the number of the next page). */
  page: z.number().int().min(0),
  processed: z.number().int().min(0),
  changed: z.number().int().min(0),
  propertyRequests: z.number().int().min(0),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RecomputeJob = z.infer<typeof jobSchema>;

/** Where the current chain started: pushes in this chain = job.page − seed.page. */
const seedSchema = z.object({ jobId: z.string(), page: z.number().int().min(0), at: z.string() });
type Seed = z.infer<typeof seedSchema>;

/** The body of a recompute-job event: which job, which page (the idempotency key). */
export const recomputeBodySchema = z.object({ job: z.literal('recompute'), jobId: z.string().min(1), page: z.number().int().min(0) });
export type RecomputeBody = z.infer<typeof recomputeBodySchema>;

const eventOf = (jobId: string, page: number, delayInSeconds: number) => ({ body: { job: 'recompute', jobId, page }, delayInSeconds });

/** The current (latest) recompute job, or null. */
export async function readJob(): Promise<RecomputeJob | null> {
  const parsed = jobSchema.safeParse(await kvs.get(JOB_KEY));
  return parsed.success ? parsed.data : null;
}

/** Stores the job's checkpoint. */
export async function writeJob(job: RecomputeJob): Promise<void> {
  await kvs.set(JOB_KEY, job);
}

async function readSeed(jobId: string): Promise<Seed> {
  const parsed = seedSchema.safeParse(await kvs.get(SEED_KEY));
  return parsed.success && parsed.data.jobId === jobId ? parsed.data : { jobId, page: 0, at: '1970-01-01T00:00:00.000Z' };
}

/**
 * Starts (or supersedes) the recompute for `settingsVersion`: writes the job and pushes its first
 * event. Two KVS writes and one push, whatever the number of tickets.
 *
 * @example
 * const { jobId } = await startRecomputeJob(ctx, queue, 7); // { jobId: 'uuid', status: 'queued' }
 */
export async function startRecomputeJob(ctx: JiraContext, queue: Queue, settingsVersion: number): Promise<{ jobId: string; status: 'queued' }> {
  const at = ctx.clock.now().toISOString();
  const job: RecomputeJob = {
    jobId: ctx.ids.newId(), settingsVersion, status: 'running', cursor: null, page: 0,
    processed: 0, changed: 0, propertyRequests: 0, startedAt: at, updatedAt: at, finishedAt: null,
  };
  await writeJob(job);
  await kvs.set(SEED_KEY, { jobId: job.jobId, page: 0, at });
  await queue.push(eventOf(job.jobId, 0, 0));
  return { jobId: job.jobId, status: 'queued' };
}

/**
 * After page `job.page - 1` was checkpointed: pushes the event of `job.page` unless this chain
 * reached {@link CHAIN_PUSH_LIMIT} (then the sweep re-seeds it). Returns whether it pushed.
 */
export async function pushNext(queue: Queue, job: RecomputeJob): Promise<boolean> {
  const seed = await readSeed(job.jobId);
  if (job.page - seed.page >= CHAIN_PUSH_LIMIT) return false;
  await queue.push(eventOf(job.jobId, job.page, RECOMPUTE_DELAY_SECONDS));
  return true;
}

export type ResumeOutcome = 'none' | 'done' | 'running' | 'resumed-stalled' | 'resumed-paused';

/**
 * The sweep's hook: a running job whose chain paused at the push limit, or whose last checkpoint
 * (and last re-seed) is older than {@link STALL_MS}, gets the event of its next page pushed from
 * this invocation (a new chain). The page is the checkpointed one, so nothing already done is
 * redone; if the old chain was only slow, the page's lease and number drop the duplicate.
 *
 * @example
 * await resumeRecomputeJob(ctx, queue); // 'running' most of the time
 */
export async function resumeRecomputeJob(ctx: JiraContext, queue: Queue): Promise<ResumeOutcome> {
  const job = await readJob();
  if (job === null) return 'none';
  if (job.status === 'done') return 'done';
  const seed = await readSeed(job.jobId);
  const now = ctx.clock.now();
  const paused = job.page - seed.page >= CHAIN_PUSH_LIMIT;
  const last = Math.max(Date.parse(job.updatedAt), Date.parse(seed.at));
  const stalled = now.getTime() - last >= STALL_MS;
  if (!paused && !stalled) return 'running';
  await kvs.set(SEED_KEY, { jobId: job.jobId, page: job.page, at: now.toISOString() });
  await queue.push(eventOf(job.jobId, job.page, 0));
  return paused ? 'resumed-paused' : 'resumed-stalled';
}
