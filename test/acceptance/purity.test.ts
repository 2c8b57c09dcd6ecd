/**
 * Acceptance: "no function reads the system clock — `now` is always passed in" (CONTRACT.md).
 * Every public contract function gives the same answer under two very different fake system times.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addBusinessDays, addBusinessTime, businessTimeBetween, colombianHolidays, compileCalendar,
  dueEscalations, evaluateSla, isBusinessDay, legalDeadline, nextEscalationAt, type EscalationRule,
  type TicketEvent,
} from '../../src/core/index';
import { H, bog, officeSpec } from './fixtures';
import { at, policy } from './sla-fixtures';

const rules: EscalationRule[] = [
  { metric: 'firstResponse', atPercent: 50, action: 'notify' },
  { metric: 'resolution', atPercent: 100, action: 'escalate', toTier: 'N3' },
];
const events: TicketEvent[] = [
  { type: 'created', at: at('2026-11-23T09:00'), priority: 'P1', status: 'open' },
  { type: 'statusChanged', at: at('2026-11-23T11:00'), status: 'waiting_customer' },
  { type: 'statusChanged', at: at('2026-11-23T13:00'), status: 'open' },
];

function everything(): unknown {
  const cal = compileCalendar({ ...officeSpec, holidays: colombianHolidays(2026) });
  const now = bog('2026-11-23T14:00');
  const clocks = evaluateSla(policy, events, now);
  return {
    between: businessTimeBetween(cal, bog('2026-11-20T10:00'), bog('2026-11-24T10:00')),
    add: addBusinessTime(cal, bog('2026-11-27T16:00'), 2 * H).toISOString(),
    isDay: isBusinessDay(cal, '2026-11-16'),
    days: addBusinessDays(cal, '2026-11-13', 3),
    deadline: legalDeadline(cal, bog('2026-11-23T10:00'), 'peticion')?.dueAt.toISOString(),
    clocks,
    due: dueEscalations('T-9', rules, clocks, new Set<string>(), now),
    next: nextEscalationAt('T-9', cal, rules, clocks, new Set<string>(), now),
  };
}

describe('pure functions: results do not depend on the system clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('same results in 1999 and 2049', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
    const a = everything();
    vi.setSystemTime(new Date('2049-06-15T12:34:56Z'));
    const b = everything();
    expect(b).toEqual(a);
    expect(a).toMatchObject({ isDay: false, days: '2026-11-19' });
  });
});
