import { compileCalendar, type BusinessCalendar, type CalendarSpec } from '../calendar/index';
import { PRIORITIES, type Priority } from '../priority/index';
import { slaGoalsSchema, type SlaMetric, type SlaPolicy } from './types';

/** A policy validated once, with its calendar compiled and goals in ms. */
export interface CompiledSlaPolicy {
  readonly policy: SlaPolicy;
  readonly calendar: BusinessCalendar;
  readonly pause: ReadonlySet<string>;
  readonly goalMs: Readonly<Record<SlaMetric, Readonly<Record<Priority, number>>>>;
}

const policies = new WeakMap<SlaPolicy, CompiledSlaPolicy>();
const calendars = new WeakMap<CalendarSpec, BusinessCalendar>();

/**
 * The compiled calendar of a spec, cached per spec object (specs are treated as immutable).
 *
 * @example
 * const cal = calendarFor(policy.calendar); // same object on every call
 */
export function calendarFor(spec: CalendarSpec): BusinessCalendar {
  let cal = calendars.get(spec);
  if (cal === undefined) {
    cal = compileCalendar(spec);
    calendars.set(spec, cal);
  }
  return cal;
}

function toMs(goals: Record<Priority, number>): Record<Priority, number> {
  const out: Partial<Record<Priority, number>> = {};
  for (const p of PRIORITIES) out[p] = goals[p] * 60_000;
  return { P1: out.P1 ?? 0, P2: out.P2 ?? 0, P3: out.P3 ?? 0, P4: out.P4 ?? 0, P5: out.P5 ?? 0 };
}

/**
 * Validates a policy and compiles its calendar, once per policy object (WeakMap cache):
 * {@link evaluateSla} calls it on every evaluation, so a sweep over many tickets pays the
 * compilation once. Do not mutate a policy after use; make a new object (a new version).
 *
 * @example
 * const { calendar } = compileSlaPolicy(policy);
 * nextEscalationAt(id, calendar, rules, evaluateSla(policy, events, now), fired, now);
 */
export function compileSlaPolicy(policy: SlaPolicy): CompiledSlaPolicy {
  const hit = policies.get(policy);
  if (hit !== undefined) return hit;
  const goals = slaGoalsSchema.parse(policy.goals);
  if (!Array.isArray(policy.pauseStatuses)) throw new Error('SlaPolicy.pauseStatuses must be an array of statuses');
  const compiled: CompiledSlaPolicy = {
    policy,
    calendar: calendarFor(policy.calendar),
    pause: new Set(policy.pauseStatuses),
    goalMs: { firstResponse: toMs(goals.firstResponse), resolution: toMs(goals.resolution) },
  };
  policies.set(policy, compiled);
  return compiled;
}
