/**
 * Acceptance: CONTRACT.md §4 — dueEscalations and nextEscalationAt.
 * Calendar: Bogotá Mon–Fri 08:00–17:00. Mon = 2026-11-23 (10:00 local = 15:00Z).
 */
import { describe, expect, it } from 'vitest';
import {
  compileCalendar, dueEscalations, evaluateSla, nextEscalationAt,
  type EscalationRule, type SlaClock, type TicketEvent,
} from '../../src/core/index';
import { MIN, bog, officeSpec, sameInstant } from './fixtures';
import { at, policy } from './sla-fixtures';

const cal = compileCalendar(officeSpec);
const rules: EscalationRule[] = [
  { metric: 'resolution', atPercent: 100, action: 'escalate', toTier: 'N3' },
  { metric: 'firstResponse', atPercent: 100, action: 'escalate', toTier: 'N2' },
  { metric: 'resolution', atPercent: 75, action: 'notify' },
  { metric: 'firstResponse', atPercent: 50, action: 'notify' },
];
const mk = (metric: SlaClock['metric'], state: SlaClock['state'], goalMin: number, elapsedMs: number): SlaClock => ({
  metric, state, goalMs: goalMin * MIN, elapsedMs, remainingMs: goalMin * MIN - elapsedMs,
  dueAt: null, breachedAt: null,
});
const now = bog('2026-11-23T10:00');
const none: ReadonlySet<string> = new Set<string>();
const keys = (clocks: SlaClock[], fired: ReadonlySet<string> = none): string[] =>
  dueEscalations('T-1', rules, clocks, fired, now).map((a) => a.key);

describe('§4 dueEscalations', () => {
  it('fires exactly at elapsed ≥ goal × pct / 100, with the stable key and the rule fields', () => {
    const actions = dueEscalations('T-1', rules, [mk('firstResponse', 'running', 60, 30 * MIN), mk('resolution', 'running', 240, 180 * MIN)], none, now);
    expect(actions).toEqual([
      { key: 'T-1:firstResponse:50', metric: 'firstResponse', atPercent: 50, action: 'notify' },
      { key: 'T-1:resolution:75', metric: 'resolution', atPercent: 75, action: 'notify' },
    ]);
  });
  it('does not fire 1 ms before the threshold', () => {
    expect(keys([mk('firstResponse', 'running', 60, 30 * MIN - 1), mk('resolution', 'running', 240, 180 * MIN - 1)])).toEqual([]);
  });
  it('fires whatever the clock state; stable order by metric then atPercent; toTier carried', () => {
    const actions = dueEscalations('T-1', rules, [mk('firstResponse', 'met', 60, 60 * MIN), mk('resolution', 'paused', 240, 300 * MIN)], none, now);
    expect(actions).toEqual([
      { key: 'T-1:firstResponse:50', metric: 'firstResponse', atPercent: 50, action: 'notify' },
      { key: 'T-1:firstResponse:100', metric: 'firstResponse', atPercent: 100, action: 'escalate', toTier: 'N2' },
      { key: 'T-1:resolution:75', metric: 'resolution', atPercent: 75, action: 'notify' },
      { key: 'T-1:resolution:100', metric: 'resolution', atPercent: 100, action: 'escalate', toTier: 'N3' },
    ]);
  });
  it.each<[SlaClock['state']]>([['running'], ['paused'], ['met'], ['breached']])('state %s fires', (state) => {
    expect(keys([mk('firstResponse', state, 60, 45 * MIN), mk('resolution', state, 240, 0)])).toEqual(['T-1:firstResponse:50']);
  });
  it('skips keys already in fired (only this ticket’s keys)', () => {
    const clocks = [mk('firstResponse', 'breached', 60, 70 * MIN), mk('resolution', 'running', 240, 70 * MIN)];
    expect(keys(clocks, new Set(['T-1:firstResponse:50', 'T-2:firstResponse:100']))).toEqual(['T-1:firstResponse:100']);
    expect(keys(clocks, new Set(['T-1:firstResponse:50', 'T-1:firstResponse:100']))).toEqual([]);
  });
  it('same input in any rule order gives the same output', () => {
    const clocks = [mk('firstResponse', 'breached', 60, 70 * MIN), mk('resolution', 'breached', 240, 300 * MIN)];
    const a = dueEscalations('T-1', rules, clocks, none, now);
    const b = dueEscalations('T-1', [...rules].reverse(), clocks, none, now);
    expect(b).toEqual(a);
    expect(a.map((x) => x.key)).toEqual(['T-1:firstResponse:50', 'T-1:firstResponse:100', 'T-1:resolution:75', 'T-1:resolution:100']);
  });
});

describe('§4 nextEscalationAt', () => {
  const running = [mk('firstResponse', 'running', 60, 10 * MIN), mk('resolution', 'running', 240, 10 * MIN)];
  const next = (clocks: SlaClock[], fired: ReadonlySet<string> = none, t: Date = now, r: EscalationRule[] = rules): string | null =>
    nextEscalationAt('T-1', cal, r, clocks, fired, t);
  it.each<[string, ReadonlySet<string>, string | null]>([
    ['earliest across rules: fR 50% in 20 min', none, '2026-11-23T15:20:00.000Z'],
    ['fR 50% fired → fR 100% in 50 min', new Set(['T-1:firstResponse:50']), '2026-11-23T15:50:00.000Z'],
    ['fR fired → resolution 75% in 170 min', new Set(['T-1:firstResponse:50', 'T-1:firstResponse:100']), '2026-11-23T17:50:00.000Z'],
    ['all fired → null', new Set(rules.map((r) => `T-1:${r.metric}:${r.atPercent}`)), null],
  ])('%s', (_n, fired, expected) => {
    const got = next(running, fired);
    expect(sameInstant(got, expected), `${String(got)} vs ${String(expected)}`).toBe(true);
  });
  it.each<[SlaClock['state']]>([['paused'], ['met'], ['breached']])('ignores rules of a %s clock (dueAt null, i.e. paused or stopped)', (state) => {
    const got = next([mk('firstResponse', state, 60, 10 * MIN), mk('resolution', 'running', 240, 10 * MIN)]);
    expect(sameInstant(got, '2026-11-23T17:50:00.000Z'), String(got)).toBe(true);
  });
  it('null when no clock is running', () => {
    expect(next([mk('firstResponse', 'breached', 60, 70 * MIN), mk('resolution', 'paused', 240, 10 * MIN)],
      none, now, [{ metric: 'firstResponse', atPercent: 200, action: 'notify' }, { metric: 'resolution', atPercent: 75, action: 'notify' }])).toBeNull();
  });
  it('counts business time (Fri 16:50 + 20 min = Mon 08:10)', () => {
    const got = next(running, none, bog('2026-11-27T16:50'), [{ metric: 'firstResponse', atPercent: 50, action: 'notify' }]);
    expect(sameInstant(got, '2026-11-30T13:10:00.000Z'), String(got)).toBe(true);
  });
  it('uses goal × atPercent / 100 − elapsed exactly (33% of 60 min = 19 min 48 s)', () => {
    const got = next([mk('firstResponse', 'running', 60, 0), mk('resolution', 'running', 240, 0)], none, now,
      [{ metric: 'firstResponse', atPercent: 33, action: 'notify' }]);
    expect(sameInstant(got, '2026-11-23T15:19:48.000Z'), String(got)).toBe(true);
  });
  it('returns an ISO string with an offset', () => {
    expect(next(running)).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
  });
  it('the scheduler wakes exactly then: the rule is due at that instant and not 1 ms before', () => {
    const events: TicketEvent[] = [{ type: 'created', at: at('2026-11-23T09:00'), priority: 'P3', status: 'open' }];
    const t0 = bog('2026-11-23T09:30');
    const wake = nextEscalationAt('T-1', cal, rules, evaluateSla(policy, events, t0), none, t0);
    expect(sameInstant(wake, '2026-11-23T16:00:00.000Z'), String(wake)).toBe(true); // 50% of 240 min at 11:00
    const w = new Date(wake ?? 0);
    const before = new Date(w.getTime() - 1);
    expect(dueEscalations('T-1', rules, evaluateSla(policy, events, before), none, before)).toEqual([]);
    expect(dueEscalations('T-1', rules, evaluateSla(policy, events, w), none, w).map((a) => a.key)).toEqual(['T-1:firstResponse:50']);
  });
  it('a breached (not stopped) clock is not running: its 300% rule is not scheduled', () => {
    // created Mon 09:00 P1 (firstResponse goal 60 min); at 11:00 firstResponse is breached since 10:00.
    const events: TicketEvent[] = [{ type: 'created', at: at('2026-11-23T09:00'), priority: 'P1', status: 'open' }];
    const t = bog('2026-11-23T11:00');
    const clocks = evaluateSla(policy, events, t);
    expect(clocks[0]?.state).toBe('breached');
    const r: EscalationRule[] = [{ metric: 'firstResponse', atPercent: 300, action: 'escalate', toTier: 'N3' }];
    expect(nextEscalationAt('T-1', cal, r, clocks, none, t)).toBeNull();
  });
  it('a breached clock with dueAt = breachedAt (as evaluateSla returns it) is not scheduled', () => {
    const clocks: SlaClock[] = [{
      metric: 'resolution', state: 'breached', goalMs: 57_600_000, elapsedMs: 57_600_000,
      remainingMs: 0, dueAt: '2026-11-24T20:00:00.000Z', breachedAt: '2026-11-24T20:00:00.000Z',
    }];
    expect(nextEscalationAt('T', cal, [{ metric: 'resolution', atPercent: 150, action: 'notify' }], clocks,
      none, new Date('2026-11-24T20:00:00Z'))).toBeNull();
  });
});
