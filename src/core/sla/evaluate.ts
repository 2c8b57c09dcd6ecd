import { addBusinessTime, businessTimeBetween } from '../calendar/index';
import type { Priority } from '../priority/index';
import { compileSlaPolicy, type CompiledSlaPolicy } from './compile';
import { parseInstantMs } from './instant';
import type { SlaClock, SlaMetric, SlaPolicy, TicketEvent } from './types';

/**
 * Replay state. One object per evaluation and module-level helpers (no closures): this is the
 * hot path of a sweep that recomputes 100k tickets.
 */
interface Replay {
  c: CompiledSlaPolicy;
  priority: Priority;
  paused: boolean;
  cursor: number;
  /** `cursor` as a Date, reused as the next segment's start (fewer allocations). */
  cursorDate: Date | null;
  frStopped: boolean;
  frElapsed: number;
  frBreach: number; // NaN = none
  resStopped: boolean;
  resElapsed: number;
  resBreach: number;
}

/** Parsed event instants, reused across calls (evaluation is synchronous). */
let scratch = new Float64Array(64);

function parseAt(at: string): number {
  const t = parseInstantMs(at);
  if (Number.isNaN(t)) throw new Error(`evaluateSla: invalid event instant '${at}'`);
  return t;
}

function priorityIn(c: CompiledSlaPolicy, p: Priority): Priority {
  if (c.goalMs.firstResponse[p] === undefined) throw new Error(`evaluateSla: unknown priority '${String(p)}'`);
  return p;
}

/** Breach instant within a counting segment [from, to): earliest t with elapsed ≥ goal, or NaN. */
function breachWithin(r: Replay, from: Date, to: number, elapsed: number, delta: number, goal: number): number {
  if (elapsed >= goal || elapsed + delta < goal) return Number.NaN;
  const b = addBusinessTime(r.c.calendar, from, goal - elapsed).getTime();
  return b < to ? b : Number.NaN;
}

function advance(r: Replay, t: number): void {
  if (t <= r.cursor) return;
  if (r.paused || (r.frStopped && r.resStopped)) {
    r.cursor = t;
    r.cursorDate = null;
    return;
  }
  const from = r.cursorDate ?? new Date(r.cursor);
  const to = new Date(t);
  const delta = businessTimeBetween(r.c.calendar, from, to);
  if (delta > 0) {
    if (!r.frStopped) {
      if (Number.isNaN(r.frBreach)) r.frBreach = breachWithin(r, from, t, r.frElapsed, delta, r.c.goalMs.firstResponse[r.priority]);
      r.frElapsed += delta;
    }
    if (!r.resStopped) {
      if (Number.isNaN(r.resBreach)) r.resBreach = breachWithin(r, from, t, r.resElapsed, delta, r.c.goalMs.resolution[r.priority]);
      r.resElapsed += delta;
    }
  }
  r.cursor = t;
  r.cursorDate = to;
}

/** After all events of one instant: a counting clock at or past its goal is breached now. */
function check(r: Replay, t: number): void {
  if (r.paused) return;
  if (!r.frStopped && Number.isNaN(r.frBreach) && r.frElapsed >= r.c.goalMs.firstResponse[r.priority]) r.frBreach = t;
  if (!r.resStopped && Number.isNaN(r.resBreach) && r.resElapsed >= r.c.goalMs.resolution[r.priority]) r.resBreach = t;
}

function apply(r: Replay, e: TicketEvent): void {
  switch (e.type) {
    case 'created':
      return; // a duplicate delivery of the creation
    case 'statusChanged':
      r.paused = r.c.pause.has(e.status);
      return;
    case 'priorityChanged':
      r.priority = priorityIn(r.c, e.priority);
      return;
    case 'agentReplied':
      r.frStopped = true;
      return;
    case 'resolved':
      r.resStopped = true;
      return;
    case 'reopened':
      r.resStopped = false;
      return;
    default: {
      const unknown: never = e;
      throw new Error(`evaluateSla: unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

function clockOf(r: Replay, metric: SlaMetric, stopped: boolean, elapsedMs: number, breach: number, now: Date): SlaClock {
  const goalMs = r.c.goalMs[metric][r.priority];
  const breached = !Number.isNaN(breach);
  const breachedAt = breached ? new Date(breach).toISOString() : null;
  const state: SlaClock['state'] = stopped ? (breached ? 'breached' : 'met') : r.paused ? 'paused' : breached ? 'breached' : 'running';
  let dueAt: string | null = null;
  if (!stopped && !r.paused) dueAt = breached ? breachedAt : addBusinessTime(r.c.calendar, now, goalMs - elapsedMs).toISOString();
  return { metric, state, goalMs, elapsedMs, remainingMs: goalMs - elapsedMs, dueAt, breachedAt };
}

/**
 * The SLA clocks of a ticket at `now`, recomputed from its whole history (CONTRACT §3):
 * events are ordered by `at` (stable for equal instants) and those after `now` ignored; events
 * before the first `created` are ignored and later `created` events are duplicates (ignored).
 * Business time counts while the ticket is not in a pause status and the clock is not stopped.
 * The goal is the one of the current priority; elapsed time survives priority changes.
 *
 * Breach: the earliest instant the clock was counting with elapsed ≥ goal. Events sharing one
 * instant are applied together before that check, so a reply exactly at the due instant meets
 * the goal. Stops: the first `agentReplied` stops firstResponse; `resolved` stops resolution and
 * `reopened` restarts it with elapsed kept. `resolved` does NOT stop firstResponse (ADR 0011):
 * a request closed without any answer to the requester keeps its first-response clock running.
 *
 * Throws when an instant is invalid, or when there is no `created` event at or before `now`.
 * The policy is compiled once per policy object (see {@link compileSlaPolicy}).
 *
 * @example
 * evaluateSla(policy, [
 *   { type: 'created', at: '2026-03-02T08:00:00-05:00', priority: 'P3', status: 'open' },
 *   { type: 'agentReplied', at: '2026-03-02T09:00:00-05:00' },
 * ], new Date('2026-03-02T10:00:00-05:00'));
 * // [{ metric: 'firstResponse', state: 'met', elapsedMs: 3_600_000, ... },
 * //  { metric: 'resolution', state: 'running', elapsedMs: 7_200_000, ... }]
 */
export function evaluateSla(policy: SlaPolicy, events: readonly TicketEvent[], now: Date): SlaClock[] {
  return evaluateCompiled(compileSlaPolicy(policy), events, now);
}

/**
 * {@link evaluateSla} on an already compiled policy.
 *
 * @example
 * evaluateCompiled(compileSlaPolicy(policy), events, now);
 */
export function evaluateCompiled(c: CompiledSlaPolicy, events: readonly TicketEvent[], now: Date): SlaClock[] {
  const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(nowMs)) throw new Error('evaluateSla: now is an invalid Date');
  const n = events.length;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  const times = scratch; // not re-entrant: filled and read before this function returns
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    if (e === undefined) throw new Error('evaluateSla: sparse events array');
    times[i] = parseAt(e.at);
    if (i > 0 && (times[i] ?? 0) < (times[i - 1] ?? 0)) sorted = false;
  }
  let order: number[] | null = null;
  if (!sorted) {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);
  }
  const r: Replay = {
    c, priority: 'P5', paused: false, cursor: 0, cursorDate: null,
    frStopped: false, frElapsed: 0, frBreach: Number.NaN, resStopped: false, resElapsed: 0, resBreach: Number.NaN,
  };
  let started = false;
  for (let k = 0; k < n; k++) {
    const i = order === null ? k : (order[k] ?? 0);
    const t = times[i] ?? 0;
    if (t > nowMs) break;
    const e = events[i];
    if (e === undefined) continue;
    if (!started) {
      if (e.type !== 'created') continue;
      started = true;
      r.cursor = t;
      r.priority = priorityIn(c, e.priority);
      r.paused = c.pause.has(e.status);
    } else {
      advance(r, t);
      apply(r, e);
    }
    const next = k + 1 < n ? times[order === null ? k + 1 : (order[k + 1] ?? 0)] : undefined;
    if (next !== t) check(r, t);
  }
  if (!started) throw new Error('evaluateSla: the history has no created event at or before now');
  advance(r, nowMs);
  check(r, nowMs);
  return [
    clockOf(r, 'firstResponse', r.frStopped, r.frElapsed, r.frBreach, now),
    clockOf(r, 'resolution', r.resStopped, r.resElapsed, r.resBreach, now),
  ];
}
