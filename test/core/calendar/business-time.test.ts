import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, CalendarError, compileCalendar, startOfLocalDay } from '../../../src/core/calendar/index';
import { BOGOTA_OFFICE, H, OFFICE } from './fixtures';

const cal = compileCalendar(BOGOTA_OFFICE);
const d = (iso: string) => new Date(iso);

describe('addBusinessTime — Bogotá office hours with lunch break and Colombian holidays', () => {
  it.each([
    ['Fri 16:00 + 1 h ends at close, not Monday', '2026-03-06T16:00:00-05:00', 1 * H, '2026-03-06T22:00:00.000Z'],
    ['Fri 16:00 + 2 h → Mon 09:00', '2026-03-06T16:00:00-05:00', 2 * H, '2026-03-09T14:00:00.000Z'],
    ['Saturday start waits for Monday', '2026-03-07T10:00:00-05:00', 1 * H, '2026-03-09T14:00:00.000Z'],
    ['lunch break is skipped', '2026-03-04T11:30:00-05:00', 1 * H, '2026-03-04T19:30:00.000Z'],
    ['ms = 0 returns start even when closed', '2026-03-04T12:30:00-05:00', 0, '2026-03-04T17:30:00.000Z'],
    ['1 ms from lunch is just after 14:00', '2026-03-04T12:00:00-05:00', 1, '2026-03-04T19:00:00.001Z'],
    ['16 business hours over Chiquinquirá (Mon 13 Jul 2026)', '2026-07-09T10:00:00-05:00', 16 * H, '2026-07-14T17:00:00.000Z'],
    ['across New Year (1 Jan 2027 is a holiday)', '2026-12-31T16:00:00-05:00', 2 * H, '2027-01-04T14:00:00.000Z'],
    ['Holy week 2026 (Thu 2 and Fri 3 Apr)', '2026-04-01T16:00:00-05:00', 2 * H, '2026-04-06T14:00:00.000Z'],
    ['fractional ms is rounded up', '2026-03-04T08:00:00-05:00', 0.5, '2026-03-04T13:00:00.001Z'],
  ])('%s', (_name, start, ms, expected) => {
    expect(addBusinessTime(cal, d(start), ms).toISOString()).toBe(expected);
  });

  it('rejects negative, NaN and infinite ms and invalid dates', () => {
    expect(() => addBusinessTime(cal, d('2026-03-04T08:00:00Z'), -1)).toThrow(/ms/);
    expect(() => addBusinessTime(cal, d('2026-03-04T08:00:00Z'), Number.NaN)).toThrow(/ms/);
    expect(() => addBusinessTime(cal, d('2026-03-04T08:00:00Z'), Number.POSITIVE_INFINITY)).toThrow(/ms/);
    expect(() => addBusinessTime(cal, d('nope'), 1)).toThrow(/start/);
  });

  it('throws instead of looping when nothing is open for 20 years', () => {
    const closed = compileCalendar({ timeZone: 'UTC', week: {} });
    expect(() => addBusinessTime(closed, d('2026-01-01T00:00:00Z'), 1)).toThrow(CalendarError);
    const shut = compileCalendar({
      timeZone: 'America/Bogota',
      week: { mon: OFFICE },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' }],
    });
    expect(() => addBusinessTime(shut, d('2026-01-01T00:00:00Z'), 1)).toThrow(/20 years/);
  });
});

describe('businessTimeBetween — Bogotá', () => {
  it.each([
    ['Fri 16:00 → Mon 09:00', '2026-03-06T16:00:00-05:00', '2026-03-09T09:00:00-05:00', 2 * H],
    ['inside one range', '2026-03-04T08:15:00-05:00', '2026-03-04T09:45:00-05:00', 1.5 * H],
    ['over the lunch break', '2026-03-04T11:00:00-05:00', '2026-03-04T15:00:00-05:00', 2 * H],
    ['a holiday is closed', '2026-07-13T00:00:00-05:00', '2026-07-14T00:00:00-05:00', 0],
    ['a full week with no holiday', '2026-03-02T00:00:00-05:00', '2026-03-09T00:00:00-05:00', 35 * H],
    ['empty interval', '2026-03-04T10:00:00-05:00', '2026-03-04T10:00:00-05:00', 0],
    ['reversed interval is negative', '2026-03-09T09:00:00-05:00', '2026-03-06T16:00:00-05:00', -2 * H],
  ])('%s', (_name, a, b, expected) => {
    expect(businessTimeBetween(cal, d(a), d(b))).toBe(expected);
  });

  it('2026 has 242 business days × 7 h', () => {
    expect(businessTimeBetween(cal, startOfLocalDay(cal, '2026-01-01'), startOfLocalDay(cal, '2027-01-01'))).toBe(242 * 7 * H);
  });

  it('spans several years (2025–2027: 245 + 242 + 245 business days)', () => {
    expect(businessTimeBetween(cal, startOfLocalDay(cal, '2025-01-01'), startOfLocalDay(cal, '2028-01-01'))).toBe((245 + 242 + 245) * 7 * H);
  });

  it('a closure subtracts its instants', () => {
    const closed = compileCalendar({ ...BOGOTA_OFFICE, closures: [{ from: '2026-03-06T15:00:00-05:00', to: '2026-03-06T16:00:00-05:00' }] });
    expect(businessTimeBetween(closed, d('2026-03-06T14:00:00-05:00'), d('2026-03-06T17:00:00-05:00'))).toBe(2 * H);
    expect(addBusinessTime(closed, d('2026-03-06T14:30:00-05:00'), 1 * H).toISOString()).toBe('2026-03-06T21:30:00.000Z');
  });
});

describe('24:00 ends and night shifts', () => {
  const night = compileCalendar({
    timeZone: 'America/Bogota',
    week: { mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] },
  });

  it.each([
    ['Mon 23:00 + 2 h crosses midnight seamlessly', '2026-03-02T23:00:00-05:00', 2 * H, '2026-03-03T06:00:00.000Z'],
    ['Mon 22:00 + 8 h → Tue 06:00', '2026-03-02T22:00:00-05:00', 8 * H, '2026-03-03T11:00:00.000Z'],
    ['Tue 06:00 + 1 h → next Mon 23:00', '2026-03-03T06:00:00-05:00', 1 * H, '2026-03-10T04:00:00.000Z'],
  ])('%s', (_name, start, ms, expected) => {
    expect(addBusinessTime(night, d(start), ms).toISOString()).toBe(expected);
  });

  it('counts the whole shift', () => {
    expect(businessTimeBetween(night, d('2026-03-02T00:00:00-05:00'), d('2026-03-04T00:00:00-05:00'))).toBe(8 * H);
  });
});
