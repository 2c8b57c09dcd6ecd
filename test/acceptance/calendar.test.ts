/**
 * Acceptance: CONTRACT.md §1 (business calendars), literal instants, answers computed by hand.
 * Bogotá is UTC−05:00 all year; 2026-11-23 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, addBusinessTime, businessTimeBetween, compileCalendar, isBusinessDay,
  type CalendarSpec,
} from '../../src/core/index';
import { H, MIN, bog, lunchSpec, officeSpec } from './fixtures';

const office = compileCalendar(officeSpec);
const iso = (d: Date): string => d.toISOString();

describe('§1 open instants: holiday, weekday range [start, end), closure [from, to)', () => {
  const cal = compileCalendar({
    ...officeSpec,
    holidays: ['2026-11-24'],
    closures: [{ from: '2026-11-25T10:00:00-05:00', to: '2026-11-25T11:00:00-05:00' }],
  });
  it.each([
    ['start of range is open', '2026-11-23T08:00:00.000', '2026-11-23T08:00:00.001', 1],
    ['just before start is closed', '2026-11-23T07:59:59.999', '2026-11-23T08:00:00.000', 0],
    ['end of range is closed', '2026-11-23T16:59:59.999', '2026-11-23T17:00:00.001', 1],
    ['a holiday is closed all day', '2026-11-24T00:00', '2026-11-25T00:00', 0],
    ['closure removes one hour', '2026-11-25T00:00', '2026-11-26T00:00', 8 * H],
    ['inside the closure', '2026-11-25T10:00', '2026-11-25T11:00', 0],
    ['closure start is closed, end is open', '2026-11-25T09:59:59.999', '2026-11-25T11:00:00.001', 2],
    ['weekend closed', '2026-11-28T00:00', '2026-11-30T00:00', 0],
    ['one full week', '2026-11-23T00:00', '2026-11-30T00:00', 9 * H + 0 + 8 * H + 9 * H + 9 * H],
  ])('%s', (_name, a, b, expected) => {
    expect(businessTimeBetween(cal, bog(a), bog(b))).toBe(expected);
  });

  it('uses the LOCAL date for holidays (Mon 23:30 Bogotá is Tue 04:30Z, still open)', () => {
    const c = compileCalendar({
      timeZone: 'America/Bogota',
      week: { mon: [{ start: '00:00', end: '24:00' }], tue: [{ start: '00:00', end: '24:00' }] },
      holidays: ['2026-11-24'],
    });
    expect(businessTimeBetween(c, new Date('2026-11-24T04:30:00Z'), new Date('2026-11-24T04:31:00Z'))).toBe(MIN);
    expect(businessTimeBetween(c, new Date('2026-11-24T05:30:00Z'), new Date('2026-11-24T05:31:00Z'))).toBe(0);
  });

  it('uses the LOCAL weekday (Sat 21:00 Bogotá is Sunday 02:00Z, open on a Saturday-only calendar)', () => {
    const c = compileCalendar({ timeZone: 'America/Bogota', week: { sat: [{ start: '00:00', end: '24:00' }] } });
    expect(businessTimeBetween(c, new Date('2026-11-29T02:00:00Z'), new Date('2026-11-29T03:00:00Z'))).toBe(H);
    expect(businessTimeBetween(c, new Date('2026-11-29T05:00:00Z'), new Date('2026-11-29T06:00:00Z'))).toBe(0);
  });

  it('lunch break splits the day', () => {
    expect(businessTimeBetween(compileCalendar(lunchSpec), bog('2026-11-23T00:00'), bog('2026-11-24T00:00'))).toBe(8 * H);
  });
});

describe('§1 night shift written as 22:00–24:00 + 00:00–06:00', () => {
  const cal = compileCalendar({
    timeZone: 'America/Bogota',
    week: { mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] },
  });
  it('counts the whole shift across midnight', () => {
    expect(businessTimeBetween(cal, bog('2026-11-23T21:00'), bog('2026-11-24T07:00'))).toBe(8 * H);
  });
  it.each([
    ['2026-11-23T22:00', 2 * H, '2026-11-24T05:00:00.000Z'],
    ['2026-11-23T23:00', 3 * H, '2026-11-24T07:00:00.000Z'],
    ['2026-11-23T22:00', 8 * H, '2026-11-24T11:00:00.000Z'],
    ['2026-11-23T22:00', 8 * H + 1, '2026-12-01T03:00:00.001Z'],
  ])('addBusinessTime(%s, %i ms) = %s', (start, ms, expected) => {
    expect(iso(addBusinessTime(cal, bog(start), ms))).toBe(expected);
  });
  it('both days are business days', () => {
    expect([isBusinessDay(cal, '2026-11-23'), isBusinessDay(cal, '2026-11-24'), isBusinessDay(cal, '2026-11-25')])
      .toEqual([true, true, false]);
  });
});

describe('§1 businessTimeBetween sign', () => {
  it('is negative when b < a', () => {
    expect(businessTimeBetween(office, bog('2026-11-24T10:00'), bog('2026-11-23T10:00'))).toBe(-9 * H);
    expect(businessTimeBetween(office, bog('2026-11-23T10:00'), bog('2026-11-24T10:00'))).toBe(9 * H);
  });
  it('is 0 for an empty interval', () => {
    expect(businessTimeBetween(office, bog('2026-11-23T10:00'), bog('2026-11-23T10:00'))).toBe(0);
  });
});

describe('§1 addBusinessTime is the EARLIEST instant', () => {
  it.each([
    ['Fri 16:00 + 1 h = Fri 17:00, not Monday 08:00', '2026-11-27T16:00', H, '2026-11-27T22:00:00.000Z'],
    ['Fri 16:00 + 1 h + 1 ms = Mon 08:00:00.001', '2026-11-27T16:00', H + 1, '2026-11-30T13:00:00.001Z'],
    ['ms = 0 returns start (open)', '2026-11-27T16:00', 0, '2026-11-27T21:00:00.000Z'],
    ['ms = 0 returns start (closed, Saturday)', '2026-11-28T10:00', 0, '2026-11-28T15:00:00.000Z'],
    ['Saturday + 1 ms', '2026-11-28T10:00', 1, '2026-11-30T13:00:00.001Z'],
    ['Saturday + 1 h', '2026-11-28T10:00', H, '2026-11-30T14:00:00.000Z'],
    ['before opening', '2026-11-23T07:00', H, '2026-11-23T14:00:00.000Z'],
    ['a whole week', '2026-11-23T08:00', 45 * H, '2026-11-27T22:00:00.000Z'],
    ['a week and an hour', '2026-11-23T08:00', 46 * H, '2026-11-30T14:00:00.000Z'],
  ])('%s', (_n, start, ms, expected) => {
    expect(iso(addBusinessTime(office, bog(start), ms))).toBe(expected);
  });

  const lunch = compileCalendar(lunchSpec);
  it.each([
    ['ends at lunch, not after it', '2026-11-23T11:00', H, '2026-11-23T17:00:00.000Z'],
    ['crosses lunch', '2026-11-23T11:00', 2 * H, '2026-11-23T19:00:00.000Z'],
    ['starts in lunch', '2026-11-23T12:30', 30 * MIN, '2026-11-23T18:30:00.000Z'],
  ])('lunch break: %s', (_n, start, ms, expected) => {
    expect(iso(addBusinessTime(lunch, bog(start), ms))).toBe(expected);
  });

  it('is the inverse of businessTimeBetween', () => {
    const start = bog('2026-11-26T15:17:23.456');
    for (const ms of [1, 999, MIN, 7 * H + 13, 30 * H]) {
      const t = addBusinessTime(office, start, ms);
      expect(businessTimeBetween(office, start, t)).toBe(ms);
      expect(businessTimeBetween(office, start, new Date(t.getTime() - 1))).toBe(ms - 1);
    }
  });

  it('throws on a negative duration', () => {
    expect(() => addBusinessTime(office, bog('2026-11-23T10:00'), -1)).toThrow(Error);
  });
});

describe('§1 no open time in the next 20 years throws instead of looping', () => {
  const noWeek: CalendarSpec = { timeZone: 'America/Bogota', week: {} };
  const closedForever: CalendarSpec = {
    ...officeSpec,
    closures: [{ from: '2026-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' }],
  };
  it('an empty week throws', { timeout: 20_000 }, () => {
    expect(() => addBusinessTime(compileCalendar(noWeek), bog('2026-11-23T10:00'), 1)).toThrow(Error);
  });
  it('a 34-year closure throws', { timeout: 20_000 }, () => {
    expect(() => addBusinessTime(compileCalendar(closedForever), bog('2026-11-23T10:00'), H)).toThrow(Error);
  });
  it('ms = 0 still returns start on a calendar with no open time', () => {
    expect(iso(addBusinessTime(compileCalendar(noWeek), bog('2026-11-23T10:00'), 0))).toBe('2026-11-23T15:00:00.000Z');
  });
});

describe('§1 business days', () => {
  const withHoliday = compileCalendar({ ...officeSpec, holidays: ['2026-11-24'] });
  it.each([
    ['2026-11-23', true], ['2026-11-27', true], ['2026-11-28', false], ['2026-11-29', false],
  ])('isBusinessDay(%s) = %s', (d, expected) => {
    expect(isBusinessDay(office, d)).toBe(expected);
  });
  it('a holiday is not a business day', () => {
    expect(isBusinessDay(withHoliday, '2026-11-24')).toBe(false);
  });
  it('a day fully covered by a closure is still a business day (definition: not holiday + has a range)', () => {
    const c = compileCalendar({
      ...officeSpec,
      closures: [{ from: '2026-11-23T00:00:00-05:00', to: '2026-11-24T00:00:00-05:00' }],
    });
    expect(isBusinessDay(c, '2026-11-23')).toBe(true);
  });
  it.each([
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-23', 1, '2026-11-24'],
    ['2026-11-28', 1, '2026-11-30'],
    ['2026-11-29', 1, '2026-11-30'],
    ['2026-11-23', 5, '2026-11-30'],
    ['2026-11-23', 10, '2026-12-07'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-28', 0, '2026-11-28'],
  ])('addBusinessDays(%s, %i) = %s', (d, n, expected) => {
    expect(addBusinessDays(office, d, n)).toBe(expected);
  });
  it('skips holidays', () => {
    expect(addBusinessDays(withHoliday, '2026-11-23', 1)).toBe('2026-11-25');
    expect(addBusinessDays(withHoliday, '2026-11-23', 4)).toBe('2026-11-30');
  });
});
