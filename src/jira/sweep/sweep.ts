/**
 * The scheduled sweep (every 5 minutes): reads only the tickets whose wake-up is due before the
 * next run (the `by-wake` index), claims each (ticket, wake-up) once, and pushes delayed async
 * events that land on the minute of each exact instant (plan.ts). A checkpoint (watermark) lets a
 * run cut off by the time limit resume without re-dispatching: scheduled triggers are not retried.
 */
import { getAppContext } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraContext } from '../service/context';
import { claim } from '../store/kv';
import { resumeBackgroundWork } from './recompute-resume';
import { EVENTS_PER_PUSH, planEvents, SWEEP_INTERVAL_MS, SWEEP_SLACK_MS, type DueTicket } from './plan';

export const QUEUE_KEY = 'ventanilla-escalations';
const CHECKPOINT = 'sweep:checkpoint';
const DISPATCH_TTL_SECONDS = 3600;
/** Stop dispatching when less than this is left of the invocation. */
export const SAFETY_MS = 15_000;

const checkpointSchema = z.object({ after: z.object({ wakeAt: z.string(), ticketId: z.string() }) });

export interface SweepReport {
  scanned: number;
  dispatched: number;
  events: number;
  pushes: number;
  cutOff: boolean;
}

/** Milliseconds left in this invocation (Forge's runtime; generous when unknown). */
export function remainingFromRuntime(): number {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return 55_000;
  }
}

const after = (r: DueTicket, cp: DueTicket | null) =>
  cp === null || r.wakeAt > cp.wakeAt || (r.wakeAt === cp.wakeAt && r.ticketId > cp.ticketId);

/**
 * One sweep run.
 *
 * @example
 * await runSweep(ctx); // { scanned: 3, dispatched: 3, events: 2, pushes: 1, cutOff: false }
 */
export async function runSweep(ctx: JiraContext, remainingMs: () => number = remainingFromRuntime): Promise<SweepReport> {
  const now = ctx.clock.now();
  const horizon = new Date(now.getTime() + SWEEP_INTERVAL_MS + SWEEP_SLACK_MS);
  const saved = checkpointSchema.safeParse(await kvs.get(CHECKPOINT));
  const cp = saved.success ? saved.data.after : null;
  const queue = new Queue({ key: QUEUE_KEY });
  const report: SweepReport = { scanned: 0, dispatched: 0, events: 0, pushes: 0, cutOff: false };
  await resumeBackgroundWork(ctx, queue); // stalled recompute job, stuck comments (ADR 0082, 0083)
  let cursor: string | undefined;
  do {
    if (remainingMs() < SAFETY_MS) {
      report.cutOff = true;
      return report;
    }
    const page = await ctx.store.wakePage(cp?.wakeAt ?? null, horizon, 100, cursor);
    cursor = page.cursor;
    const due: DueTicket[] = [];
    for (const r of page.records) {
      report.scanned++;
      const d = { ticketId: r.ticketId, wakeAt: r.wakeAt ?? '' };
      if (r.wakeAt === undefined || !after(d, cp)) continue;
      if (await claim(`dispatch:${r.ticketId}:${r.wakeAt}`, true, DISPATCH_TTL_SECONDS)) due.push(d);
    }
    const events = planEvents(due, now);
    for (let i = 0; i < events.length; i += EVENTS_PER_PUSH) {
      await queue.push(events.slice(i, i + EVENTS_PER_PUSH));
      report.pushes++;
    }
    report.dispatched += due.length;
    report.events += events.length;
    const last = page.records.at(-1);
    if (last?.wakeAt !== undefined) await kvs.set(CHECKPOINT, { after: { wakeAt: last.wakeAt, ticketId: last.ticketId } });
  } while (cursor);
  await kvs.delete(CHECKPOINT);
  return report;
}
