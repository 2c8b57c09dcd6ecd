import { describe, it, expect } from 'vitest';
import { dueEscalations, nextEscalationAt, nextWakeUpForRules, type EscalationRule } from '../../../src/core/escalation/index';
import { compileSlaPolicy, evaluateSla, type SlaClock } from '../../../src/core/sla/index';
import { bogotaPolicy as policy, bog, z, created, reply, status } from '../sla/fixtures';

const rules: EscalationRule[] = [
  { metric: 'resolution', atPercent: 90, action: 'escalate', toTier: 'N3' },
  { metric: 'firstResponse', atPercent: 100, action: 'notify' },
  { metric: 'resolution', atPercent: 50, action: 'notify' },
  { metric: 'firstResponse', atPercent: 50, action: 'notify' },
  { metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' },
];
const cal = compileSlaPolicy(policy).calendar;
const clocksAt = (events: Parameters<typeof evaluateSla>[1], now: string): SlaClock[] => evaluateSla(policy, events, new Date(now));

describe('dueEscalations (CONTRACT §4)', () => {
  // P3: first response 4 h, resolution 16 h; created Mon 08:00.
  const events = [created(bog('02', '08:00'))];

  it('fires every reached rule in stable order (metric, then atPercent) with stable keys', () => {
    const clocks = clocksAt(events, bog('03', '14:00')); // 11 h elapsed: fr 275 %, res 68.75 %
    expect(dueEscalations('T-1', rules, clocks, new Set(), new Date(bog('03', '14:00')))).toEqual([
      { key: 'T-1:firstResponse:50', metric: 'firstResponse', atPercent: 50, action: 'notify' },
      { key: 'T-1:firstResponse:100', metric: 'firstResponse', atPercent: 100, action: 'notify' },
      { key: 'T-1:resolution:50', metric: 'resolution', atPercent: 50, action: 'notify' },
    ]);
  });

  it('skips fired keys, so a replayed sweep never acts twice', () => {
    const clocks = clocksAt(events, bog('03', '14:00'));
    const fired = new Set(['T-1:firstResponse:50', 'T-1:resolution:50']);
    expect(dueEscalations('T-1', rules, clocks, fired, new Date(bog('03', '14:00'))).map((a) => a.key)).toEqual(['T-1:firstResponse:100']);
  });

  it('fires whatever the clock state (met, paused)', () => {
    const clocks = clocksAt([...events, reply(bog('02', '11:00')), status(bog('02', '11:00'), 'waitingRequester')], bog('05', '09:00'));
    expect(clocks.map((c) => c.state)).toEqual(['met', 'paused']);
    expect(dueEscalations('T-1', rules, clocks, new Set(), new Date(bog('05', '09:00'))).map((a) => a.key)).toEqual(['T-1:firstResponse:50']);
  });

  it('a duplicated rule acts once', () => {
    const clocks = clocksAt(events, bog('02', '11:00'));
    const dup: EscalationRule[] = [{ metric: 'firstResponse', atPercent: 50, action: 'notify' }, { metric: 'firstResponse', atPercent: 50, action: 'notify' }];
    expect(dueEscalations('T-1', dup, clocks, new Set(), new Date(bog('02', '11:00')))).toHaveLength(1);
  });
});

describe('nextEscalationAt (CONTRACT §4)', () => {
  const events = [created(bog('02', '08:00'))];

  it('is the earliest unfired threshold of a running clock, in business time', () => {
    // at 09:00: fr 50 % of 4 h is at 2 h elapsed → 10:00; res 50 % of 16 h → 8 h elapsed → Tue 09:00
    const now = bog('02', '09:00');
    expect(nextEscalationAt('T-1', cal, rules, clocksAt(events, now), new Set(), new Date(now))).toBe(z(bog('02', '10:00')));
  });

  it('skips fired and already-reached rules', () => {
    const now = bog('02', '11:00'); // fr 3 h: 50 % reached, 100 % at 12:00
    expect(nextEscalationAt('T-1', cal, rules, clocksAt(events, now), new Set(), new Date(now))).toBe(z(bog('02', '12:00')));
    const fired = new Set(['T-1:firstResponse:100']);
    // res 50 % = 8 h elapsed: Mon 7 h + Tue 1 h → Tue 09:00
    expect(nextEscalationAt('T-1', cal, rules, clocksAt(events, now), fired, new Date(now))).toBe(z(bog('03', '09:00')));
  });

  it('ignores paused and stopped clocks; null when nothing is left', () => {
    const now = bog('02', '11:00');
    const paused = clocksAt([...events, status(bog('02', '10:00'), 'waitingRequester')], now);
    expect(nextEscalationAt('T-1', cal, rules, paused, new Set(), new Date(now))).toBeNull();
  });

  it('ignores a breached clock: only running clocks schedule (rules above 100 %)', () => {
    const now = bog('02', '15:00'); // fr 5 h of 4 h
    const over: EscalationRule[] = [{ metric: 'firstResponse', atPercent: 150, action: 'notify' }];
    expect(nextEscalationAt('T-1', cal, over, clocksAt(events, now), new Set(), new Date(now))).toBeNull();
  });

  it('nextWakeUpForRules keeps scheduling for a breached clock that still counts', () => {
    const now = bog('02', '15:00'); // fr 5 h of 4 h
    const over: EscalationRule[] = [{ metric: 'firstResponse', atPercent: 150, action: 'notify' }];
    expect(nextWakeUpForRules('T-1', cal, over, clocksAt(events, now), new Set(), new Date(now))).toBe(z(bog('02', '16:00')));
  });
});
