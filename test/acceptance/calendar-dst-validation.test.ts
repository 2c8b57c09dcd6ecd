/**
 * Acceptance: CONTRACT.md §1 — DST (America/New_York, Europe/Madrid) and invalid input.
 * 2026: New York springs forward Sun 03-08 02:00→03:00, falls back Sun 11-01 02:00→01:00;
 * Madrid springs forward Sun 03-29 02:00→03:00 (01:00Z), falls back Sun 10-25 03:00→02:00 (01:00Z).
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, addBusinessTime, businessTimeBetween, compileCalendar, isBusinessDay,
  type CalendarSpec, type TimeRange,
} from '../../src/core/index';
import { H, MIN, alwaysOpen, officeSpec } from './fixtures';

const sundays = (timeZone: string, range: TimeRange): CalendarSpec => ({ timeZone, week: { sun: [range] } });
const between = (spec: CalendarSpec, a: string, b: string): number =>
  businessTimeBetween(compileCalendar(spec), new Date(a), new Date(b));
const add = (spec: CalendarSpec, start: string, ms: number): string =>
  addBusinessTime(compileCalendar(spec), new Date(start), ms).toISOString();

describe('§1 DST America/New_York', () => {
  it('spring-forward day lasts 23 h, fall-back day 25 h', () => {
    expect(between(alwaysOpen('America/New_York'), '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(23 * H);
    expect(between(alwaysOpen('America/New_York'), '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(25 * H);
  });
  it('skipped local times are never open', () => {
    const spec = sundays('America/New_York', { start: '02:00', end: '03:00' });
    expect(between(spec, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(0);
    // next Sunday 02:00 EDT = 06:00Z
    expect(add(spec, '2026-03-08T05:00:00Z', H)).toBe('2026-03-15T07:00:00.000Z');
  });
  it('a range spanning the gap loses the skipped hour', () => {
    const spec = sundays('America/New_York', { start: '01:00', end: '04:00' });
    expect(between(spec, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(2 * H);
    expect(add(spec, '2026-03-08T06:30:00Z', H)).toBe('2026-03-08T07:30:00.000Z'); // 01:30 EST + 1 h = 03:30 EDT
  });
  it('the repeated hour counts twice', () => {
    const spec = sundays('America/New_York', { start: '01:00', end: '02:00' });
    expect(between(spec, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(2 * H);
    expect(add(spec, '2026-11-01T05:00:00Z', H)).toBe('2026-11-01T06:00:00.000Z');
    expect(add(spec, '2026-11-01T05:00:00Z', 90 * MIN)).toBe('2026-11-01T06:30:00.000Z');
    expect(add(spec, '2026-11-01T05:00:00Z', 2 * H)).toBe('2026-11-01T07:00:00.000Z');
  });
  it('a day whose only range is skipped is still a business day', () => {
    const cal = compileCalendar(sundays('America/New_York', { start: '02:00', end: '03:00' }));
    expect(isBusinessDay(cal, '2026-03-08')).toBe(true);
    expect(addBusinessDays(cal, '2026-03-07', 1)).toBe('2026-03-08');
  });
});

describe('§1 DST Europe/Madrid', () => {
  it('spring-forward day lasts 23 h, fall-back day 25 h', () => {
    expect(between(alwaysOpen('Europe/Madrid'), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(23 * H);
    expect(between(alwaysOpen('Europe/Madrid'), '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(25 * H);
  });
  it('02:00–03:00: never open in spring, twice in autumn', () => {
    const spec = sundays('Europe/Madrid', { start: '02:00', end: '03:00' });
    expect(between(spec, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(0);
    expect(between(spec, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(2 * H);
    expect(add(spec, '2026-10-25T00:00:00Z', 90 * MIN)).toBe('2026-10-25T01:30:00.000Z');
  });
  it('office hours across the spring change keep local wall-clock hours', () => {
    const nine: TimeRange[] = [{ start: '09:00', end: '18:00' }];
    const spec: CalendarSpec = { timeZone: 'Europe/Madrid', week: { mon: nine, fri: nine } };
    // Fri 09:00 CET = 08:00Z … Mon 18:00 CEST = 16:00Z
    expect(between(spec, '2026-03-27T08:00:00Z', '2026-03-30T16:00:00Z')).toBe(18 * H);
    expect(add(spec, '2026-03-27T16:00:00Z', 2 * H)).toBe('2026-03-30T08:00:00.000Z'); // Fri 17:00 + 2 h = Mon 10:00 CEST
  });
});

describe('§1 invalid input throws an Error that says what is wrong', () => {
  const day = (ranges: TimeRange[]): CalendarSpec => ({ timeZone: 'America/Bogota', week: { mon: ranges } });
  it.each([
    ['overlapping ranges', day([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }])],
    ['overlapping ranges, unsorted', day([{ start: '11:00', end: '13:00' }, { start: '08:00', end: '12:00' }])],
    ['contained range', day([{ start: '08:00', end: '17:00' }, { start: '09:00', end: '10:00' }])],
    ['duplicated range', day([{ start: '08:00', end: '12:00' }, { start: '08:00', end: '12:00' }])],
  ])('%s', (_n, spec) => {
    expect(() => compileCalendar(spec)).toThrow(/overlap|solap|superpu|traslap/i);
  });
  it('touching ranges [08:00,12:00) and [12:00,13:00) do not overlap', () => {
    const cal = compileCalendar(day([{ start: '08:00', end: '12:00' }, { start: '12:00', end: '13:00' }]));
    expect(businessTimeBetween(cal, new Date('2026-11-23T13:00:00Z'), new Date('2026-11-23T18:00:00Z'))).toBe(5 * H);
  });
  it.each([
    ['25:00', day([{ start: '08:00', end: '25:00' }])],
    ['12:60', day([{ start: '12:60', end: '13:00' }])],
    ['24:01', day([{ start: '08:00', end: '24:01' }])],
    ['start = end', day([{ start: '12:00', end: '12:00' }])],
    ['start > end', day([{ start: '13:00', end: '12:00' }])],
  ])('bad time range: %s', (_n, spec) => {
    expect(() => compileCalendar(spec)).toThrow(Error);
  });
  it('the message says which field is wrong', () => {
    expect(() => compileCalendar(day([{ start: '08:00', end: '25:00' }]))).toThrow(/25:00|HH:MM|mon/);
  });
  it('unknown time zone', () => {
    expect(() => compileCalendar({ ...officeSpec, timeZone: 'Mars/Olympus_Mons' })).toThrow(/Mars\/Olympus_Mons|zone|zona/i);
  });
  it('bad holiday date', () => {
    expect(() => compileCalendar({ ...officeSpec, holidays: ['2026-13-01'] })).toThrow(Error);
  });
  it('bad closure instant', () => {
    expect(() => compileCalendar({ ...officeSpec, closures: [{ from: 'yesterday', to: '2026-11-23T10:00:00Z' }] })).toThrow(Error);
  });
  it('invalid Date arguments', () => {
    const cal = compileCalendar(officeSpec);
    expect(() => businessTimeBetween(cal, new Date('nope'), new Date('2026-11-23T10:00:00Z'))).toThrow(Error);
    expect(() => addBusinessTime(cal, new Date('nope'), H)).toThrow(Error);
  });
  it('negative duration names the problem', () => {
    expect(() => addBusinessTime(compileCalendar(officeSpec), new Date('2026-11-23T15:00:00Z'), -5)).toThrow(/negativ|-5|≥ ?0|>= ?0/i);
  });
  it('bad local date', () => {
    const cal = compileCalendar(officeSpec);
    expect(() => isBusinessDay(cal, 'not-a-date')).toThrow(Error);
    expect(() => addBusinessDays(cal, '2026-02-30', 1)).toThrow(Error);
  });
});
