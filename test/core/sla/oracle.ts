/**
 * A slow, obviously-correct SLA oracle: steps minute by minute over a simple UTC calendar and
 * replays the events. Only for minute-aligned histories and calendars (property tests).
 */
import type { SlaClock, SlaMetric, SlaPolicy, TicketEvent } from '../../../src/core/sla/index';
import type { Priority } from '../../../src/core/priority/index';

export const MIN = 60_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Open check for a UTC-zone spec, straight from the contract's definition. */
export function isOpenUtc(spec: SlaPolicy['calendar'], t: number): boolean {
  const d = new Date(t);
  const date = d.toISOString().slice(0, 10);
  if (spec.holidays?.includes(date)) return false;
  const ranges = spec.week[DAYS[d.getUTCDay()] ?? 'sun'] ?? [];
  const mod = d.getUTCHours() * 60 + d.getUTCMinutes();
  const mins = (s: string): number => (s === '24:00' ? 1440 : Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));
  return ranges.some((r) => mins(r.start) <= mod && mod < mins(r.end));
}

interface C { stopped: boolean; elapsed: number; breachedAt: number | null }

export function oracleSla(policy: SlaPolicy, events: TicketEvent[], now: Date): SlaClock[] {
  const nowMs = now.getTime();
  const evs = events
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .filter((x) => x.t <= nowMs)
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const first = evs.findIndex((x) => x.e.type === 'created');
  const c0 = evs[first];
  if (c0 === undefined || c0.e.type !== 'created') throw new Error('no created');
  let priority: Priority = c0.e.priority;
  let paused = policy.pauseStatuses.includes(c0.e.status);
  const clocks: Record<SlaMetric, C> = {
    firstResponse: { stopped: false, elapsed: 0, breachedAt: null },
    resolution: { stopped: false, elapsed: 0, breachedAt: null },
  };
  const goal = (m: SlaMetric): number => policy.goals[m][priority] * MIN;
  let k = first + 1;
  for (let t = c0.t; t <= nowMs; t += MIN) {
    for (; k < evs.length && (evs[k]?.t ?? Infinity) === t; k++) {
      const e = evs[k]?.e;
      if (e === undefined) continue;
      if (e.type === 'statusChanged') paused = policy.pauseStatuses.includes(e.status);
      else if (e.type === 'priorityChanged') priority = e.priority;
      else if (e.type === 'agentReplied') clocks.firstResponse.stopped = true;
      else if (e.type === 'resolved') clocks.resolution.stopped = true;
      else if (e.type === 'reopened') clocks.resolution.stopped = false;
    }
    for (const m of ['firstResponse', 'resolution'] as const) {
      const c = clocks[m];
      if (!paused && !c.stopped && c.breachedAt === null && c.elapsed >= goal(m)) c.breachedAt = t;
    }
    if (t < nowMs && !paused && isOpenUtc(policy.calendar, t)) {
      for (const c of Object.values(clocks)) if (!c.stopped) c.elapsed += MIN;
    }
  }
  return (['firstResponse', 'resolution'] as const).map((m) => {
    const c = clocks[m];
    const g = goal(m);
    const breachedAt = c.breachedAt === null ? null : new Date(c.breachedAt).toISOString();
    const state = c.stopped ? (breachedAt ? 'breached' : 'met') : paused ? 'paused' : breachedAt ? 'breached' : 'running';
    let dueAt: string | null = null;
    if (!c.stopped && !paused) {
      if (breachedAt !== null) dueAt = breachedAt;
      else {
        let left = g - c.elapsed;
        let t = nowMs;
        for (; left > 0; t += MIN) if (isOpenUtc(policy.calendar, t)) left -= MIN;
        dueAt = new Date(t).toISOString();
      }
    }
    return { metric: m, state, goalMs: g, elapsedMs: c.elapsed, remainingMs: g - c.elapsed, dueAt, breachedAt };
  });
}
