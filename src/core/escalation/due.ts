import { addBusinessTime, type BusinessCalendar } from '../calendar/index';
import { SLA_METRICS, type SlaClock } from '../sla/index';
import type { EscalationAction, EscalationRule } from './types';

/**
 * The idempotency key of a rule for a ticket: `${ticketId}:${metric}:${atPercent}`.
 *
 * @example
 * escalationKey('T-1', { metric: 'resolution', atPercent: 75 }); // 'T-1:resolution:75'
 */
export function escalationKey(ticketId: string, rule: Pick<EscalationRule, 'metric' | 'atPercent'>): string {
  return `${ticketId}:${rule.metric}:${rule.atPercent}`;
}

/**
 * Elapsed ms at which a rule fires for a goal (rounded up to whole ms).
 *
 * @example
 * thresholdMs(3_600_000, 75); // 2_700_000
 */
export function thresholdMs(goalMs: number, atPercent: number): number {
  return Math.ceil((goalMs * atPercent) / 100);
}

const metricRank = (m: string): number => SLA_METRICS.findIndex((x) => x === m);

const sortedCache = new WeakMap<readonly EscalationRule[], readonly EscalationRule[]>();

/**
 * Rules in the stable action order: by metric (firstResponse first), then by `atPercent`.
 *
 * @example
 * sortRules(settings.escalationRules).map((r) => r.atPercent);
 */
export function sortRules<R extends EscalationRule>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => metricRank(a.metric) - metricRank(b.metric) || a.atPercent - b.atPercent);
}

/** {@link sortRules}, cached per rules array (rule lists are treated as immutable). */
function sortedRules(rules: readonly EscalationRule[]): readonly EscalationRule[] {
  let sorted = sortedCache.get(rules);
  if (sorted === undefined) {
    sorted = sortRules(rules);
    sortedCache.set(rules, sorted);
  }
  return sorted;
}

/**
 * The actions due at `now` (CONTRACT §4): a rule fires once a clock of its metric has used
 * `atPercent`% of its goal, whatever the clock's state, unless its key is in `fired`. Two rules
 * with one key act once (the first listed). Stable order: by metric, then `atPercent`.
 *
 * @example
 * dueEscalations('T-1', [{ metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' }],
 *   clocks, new Set(), now);
 * // [{ key: 'T-1:resolution:75', metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' }]
 */
export function dueEscalations(
  ticketId: string,
  rules: readonly EscalationRule[],
  clocks: readonly SlaClock[],
  fired: ReadonlySet<string>,
  _now: Date,
): EscalationAction[] {
  const out: EscalationAction[] = [];
  const seen = new Set<string>();
  for (const rule of sortedRules(rules)) {
    let reached = false;
    for (const c of clocks) if (c.metric === rule.metric && c.elapsedMs >= thresholdMs(c.goalMs, rule.atPercent)) reached = true;
    if (!reached) continue;
    const key = escalationKey(ticketId, rule);
    if (fired.has(key) || seen.has(key)) continue;
    seen.add(key);
    const action: EscalationAction = { key, metric: rule.metric, atPercent: rule.atPercent, action: rule.action };
    if (rule.toTier !== undefined) action.toTier = rule.toTier;
    out.push(action);
  }
  return out;
}

/** The arguments shared by {@link nextEscalationAt} and {@link nextWakeUpForRules}. */
type NextRuleArgs = [
  ticketId: string,
  cal: BusinessCalendar,
  rules: readonly EscalationRule[],
  clocks: readonly SlaClock[],
  fired: ReadonlySet<string>,
  now: Date,
];

/**
 * The next instant after `now` at which an unfired rule reaches its threshold if nothing else
 * happens — `addBusinessTime(cal, now, ⌈goal × atPercent / 100⌉ − elapsed)` — over the clocks
 * that `counts` accepts, or null. Rules already reached are due now (see {@link dueEscalations}).
 */
function nextRuleInstant(counts: (clock: SlaClock) => boolean, ...[ticketId, cal, rules, clocks, fired, now]: NextRuleArgs): string | null {
  let best = Infinity;
  for (const clock of clocks) {
    if (!counts(clock)) continue;
    let gap = Infinity;
    for (const rule of rules) {
      if (rule.metric !== clock.metric) continue;
      const need = thresholdMs(clock.goalMs, rule.atPercent) - clock.elapsedMs;
      if (need <= 0 || need >= gap || fired.has(escalationKey(ticketId, rule))) continue;
      gap = need;
    }
    if (gap === Infinity) continue;
    const at = addBusinessTime(cal, now, gap).getTime();
    if (at < best) best = at;
  }
  return best === Infinity ? null : new Date(best).toISOString();
}

/**
 * When the scheduler must wake next for this ticket (CONTRACT §4): the earliest instant after
 * `now` at which some unfired rule of a **running** clock (state `running`) will fire if nothing
 * else happens — `addBusinessTime(cal, now, ⌈goal × atPercent / 100⌉ − elapsed)` — or null.
 * Paused, stopped and breached clocks contribute nothing; for the post-breach thresholds of a
 * breached clock that still counts (rules above 100%) use {@link nextWakeUpForRules}.
 *
 * @example
 * nextEscalationAt('T-1', cal, rules, evaluateSla(policy, events, now), fired, now);
 * // '2026-03-02T15:30:00.000Z'
 */
export function nextEscalationAt(...args: NextRuleArgs): string | null {
  return nextRuleInstant((c) => c.state === 'running', ...args);
}

/**
 * Like {@link nextEscalationAt}, but also over breached clocks that are still counting (not
 * stopped, `dueAt` set), so a rule at 150% of the goal wakes the scheduler exactly on time.
 * The ticket scheduler uses this one.
 *
 * @example
 * nextWakeUpForRules('T-1', cal, rules, clocks, fired, now); // '2026-03-03T14:00:00.000Z'
 */
export function nextWakeUpForRules(...args: NextRuleArgs): string | null {
  return nextRuleInstant((c) => c.state === 'running' || (c.state === 'breached' && c.dueAt !== null), ...args);
}
