/**
 * What the scheduled sweep does for the consumer's background work on every run (two KVS reads
 * when all is well): resume a stalled or paused recompute job (recompute-job.ts, ADR 0082) and
 * hand comment lines stuck in the durable outbox (exhausted retries, a crash; ADR 0083) to the
 * consumer in a drain event.
 */
import type { Queue } from '@forge/events';
import { staleIssues } from '../notifier/comment-outbox';
import type { JiraContext } from '../service/context';
import { resumeRecomputeJob, STALL_MS, type ResumeOutcome } from './recompute-job';

/** Issues per drain event. */
const DRAIN_ISSUES = 100;

export interface BackgroundReport {
  recompute: ResumeOutcome;
  /** Issues with stale outbox lines handed to the consumer. */
  drained: number;
}

/**
 * The sweep's hook.
 *
 * @example
 * await resumeBackgroundWork(ctx, queue); // { recompute: 'running', drained: 0 }
 */
export async function resumeBackgroundWork(ctx: JiraContext, queue: Queue): Promise<BackgroundReport> {
  const recompute = await resumeRecomputeJob(ctx, queue);
  const issues = await staleIssues(new Date(ctx.clock.now().getTime() - STALL_MS));
  for (let i = 0; i < issues.length; i += DRAIN_ISSUES) await queue.push({ body: { comments: issues.slice(i, i + DRAIN_ISSUES) } });
  return { recompute, drained: issues.length };
}
