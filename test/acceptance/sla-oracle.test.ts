/**
 * Acceptance: CONTRACT.md §3–§4 against a naive minute-by-minute simulation of the SLA rules,
 * over random minute-aligned, shuffled event histories (Bogotá Mon–Fri 08:00–17:00).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileCalendar, dueEscalations, evaluateSla, nextEscalationAt, type EscalationRule, type Priority,
  type SlaClock, type SlaMetric, type SlaPolicy, type TicketEvent,
} from '../../src/core/index';
import { officeSpec } from './fixtures';
import { isOpenOracle } from './oracle';

const MIN = 60_000;
const T0 = Date.parse('2026-11-23T05:00:00Z'); // Monday 00:00 Bogotá
const SPAN = 4 * 24 * 60; // minutes simulated
const policy: SlaPolicy = {
  calendar: officeSpec,
  goals: {
    firstResponse: { P1: 30, P2: 60, P3: 120, P4: 240, P5: 480 },
    resolution: { P1: 120, P2: 240, P3: 480, P4: 960, P5: 1920 },
  },
  pauseStatuses: ['waiting_customer', 'on_hold'],
};
const open: boolean[] = Array.from({ length: SPAN + 8 * 24 * 60 }, (_, i) => isOpenOracle(officeSpec, T0 + i * MIN));
const iso = (minute: number): string => new Date(T0 + minute * MIN).toISOString();
/** Earliest minute-grid instant after `fromMin` with `ms` (whole minutes) of open time, via the table. */
function addOnGrid(fromMin: number, ms: number): number | null {
  if (ms === 0) return T0 + fromMin * MIN;
  let left = ms / MIN;
  for (let t = fromMin; t < open.length; t += 1) {
    if (open[t] === true) left -= 1;
    if (left === 0) return T0 + (t + 1) * MIN;
  }
  return null;
}

interface Sim { elapsed: number; stopped: boolean; breachedAt: number | null }

/** Straight transcription of §3 on a minute grid; returns clocks at `nowMin`. */
function simulate(events: { min: number; e: TicketEvent }[], nowMin: number): SlaClock[] {
  const sorted = [...events].sort((x, y) => x.min - y.min);
  let priority: Priority = 'P3';
  let paused = false;
  let replied = false;
  const sim: Record<SlaMetric, Sim> = {
    firstResponse: { elapsed: 0, stopped: false, breachedAt: null },
    resolution: { elapsed: 0, stopped: false, breachedAt: null },
  };
  const metrics: SlaMetric[] = ['firstResponse', 'resolution'];
  const start = sorted[0]?.min ?? 0;
  for (let t = start; t <= nowMin; t += 1) {
    for (const { min, e } of sorted) {
      if (min !== t) continue;
      if (e.type === 'created') { priority = e.priority; paused = policy.pauseStatuses.includes(e.status); }
      if (e.type === 'statusChanged') paused = policy.pauseStatuses.includes(e.status);
      if (e.type === 'priorityChanged') priority = e.priority;
      if (e.type === 'agentReplied' && !replied) { replied = true; sim.firstResponse.stopped = true; }
      if (e.type === 'resolved') sim.resolution.stopped = true;
      if (e.type === 'reopened') sim.resolution.stopped = false;
    }
    for (const m of metrics) {
      const s = sim[m];
      if (!s.stopped && !paused && s.breachedAt === null && s.elapsed >= policy.goals[m][priority] * MIN) s.breachedAt = t;
    }
    if (t === nowMin) break;
    for (const m of metrics) if (!sim[m].stopped && !paused && open[t - 0] === true) sim[m].elapsed += MIN;
  }
  return metrics.map((m) => {
    const s = sim[m];
    const goalMs = policy.goals[m][priority] * MIN;
    const state: SlaClock['state'] = s.stopped ? (s.breachedAt === null ? 'met' : 'breached')
      : paused ? 'paused' : s.breachedAt === null ? 'running' : 'breached';
    const breachedAt = s.breachedAt === null ? null : iso(s.breachedAt);
    const due = addOnGrid(nowMin, goalMs - s.elapsed);
    const dueAt = state === 'running' ? (due === null ? null : new Date(due).toISOString())
      : state === 'breached' && !s.stopped ? breachedAt : null;
    return { metric: m, state, goalMs, elapsedMs: s.elapsed, remainingMs: goalMs - s.elapsed, dueAt, breachedAt };
  });
}

const eventArb: fc.Arbitrary<(at: string) => TicketEvent> = fc.oneof(
  fc.constantFrom('open', 'in_progress', 'waiting_customer', 'on_hold').map((status) => (at: string): TicketEvent => ({ type: 'statusChanged', at, status })),
  fc.constantFrom<Priority>('P1', 'P2', 'P3', 'P4', 'P5').map((priority) => (at: string): TicketEvent => ({ type: 'priorityChanged', at, priority })),
  fc.constantFrom('agentReplied', 'resolved', 'reopened').map((type) => (at: string): TicketEvent =>
    type === 'agentReplied' ? { type, at } : type === 'resolved' ? { type, at } : { type: 'reopened', at }),
);
const historyArb = fc.record({
  createdMin: fc.integer({ min: 0, max: 24 * 60 }).map((m) => m - (m % 5)),
  createdPriority: fc.constantFrom<Priority>('P1', 'P2', 'P3', 'P4', 'P5'),
  createdPaused: fc.boolean(),
  rest: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 3 * 24 * 12 }), eventArb), { maxLength: 8, selector: ([k]) => k }),
  nowOffset: fc.integer({ min: 0, max: 3 * 24 * 12 + 12 }),
  seed: fc.integer(),
}).map(({ createdMin, createdPriority, createdPaused, rest, nowOffset, seed }) => {
  const events = [
    { min: createdMin, e: { type: 'created', at: iso(createdMin), priority: createdPriority, status: createdPaused ? 'on_hold' : 'open' } satisfies TicketEvent },
    ...rest.map(([k, make]) => ({ min: createdMin + k * 5, e: make(iso(createdMin + k * 5)) })),
  ];
  const shuffled = [...events].sort((x, y) => ((x.min * 7919 + seed) % 13) - ((y.min * 7919 + seed) % 13));
  return { events: shuffled, nowMin: createdMin + nowOffset * 5 };
});

const rules: EscalationRule[] = [
  { metric: 'firstResponse', atPercent: 50, action: 'notify' },
  { metric: 'firstResponse', atPercent: 100, action: 'escalate', toTier: 'N2' },
  { metric: 'resolution', atPercent: 75, action: 'notify' },
  { metric: 'resolution', atPercent: 150, action: 'escalate', toTier: 'N3' },
];
const normalise = (c: SlaClock): SlaClock => ({
  ...c,
  dueAt: c.dueAt === null ? null : new Date(c.dueAt).toISOString(),
  breachedAt: c.breachedAt === null ? null : new Date(c.breachedAt).toISOString(),
});

describe('§3–§4 against a minute-grid simulation', () => {
  it('evaluateSla matches the simulation', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(historyArb, ({ events, nowMin }) => {
        const got = evaluateSla(policy, events.map((x) => x.e), new Date(T0 + nowMin * MIN)).map(normalise);
        expect(got).toEqual(simulate(events, nowMin));
      }),
      { numRuns: 150 },
    );
  });
  it('dueEscalations fires iff elapsed ≥ goal × pct / 100; nextEscalationAt is where the next one fires', { timeout: 120_000 }, () => {
    const cal = compileCalendar(officeSpec);
    fc.assert(
      fc.property(historyArb, ({ events, nowMin }) => {
        const now = new Date(T0 + nowMin * MIN);
        const clocks = evaluateSla(policy, events.map((x) => x.e), now);
        const expectedKeys = rules
          .filter((r) => clocks.some((c) => c.metric === r.metric && c.elapsedMs >= (c.goalMs * r.atPercent) / 100))
          .map((r) => `T:${r.metric}:${r.atPercent}`);
        expect(dueEscalations('T', rules, clocks, new Set<string>(), now).map((a) => a.key)).toEqual(expectedKeys);
        const candidates = rules.flatMap((r) => {
          const c = clocks.find((x) => x.metric === r.metric && x.state === 'running');
          if (c === undefined || expectedKeys.includes(`T:${r.metric}:${r.atPercent}`)) return [];
          const t = addOnGrid(nowMin, (c.goalMs * r.atPercent) / 100 - c.elapsedMs);
          return t === null ? [] : [t];
        });
        const next = nextEscalationAt('T', cal, rules, clocks, new Set(expectedKeys), now);
        const expected = candidates.length === 0 ? null : new Date(Math.min(...candidates)).toISOString();
        expect(next === null ? null : new Date(next).toISOString()).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});
