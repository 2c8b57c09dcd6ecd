import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, compileCalendar, localDateOf, startOfLocalDay } from '../../../src/core/calendar/index';
import { allDay, H } from './fixtures';

const d = (iso: string) => new Date(iso);

describe('DST: elapsed time is real time on the instant line', () => {
  const ny = compileCalendar(allDay('America/New_York'));
  const madrid = compileCalendar(allDay('Europe/Madrid'));

  it.each([
    ['NY 24/7 +24 h across spring-forward', ny, '2026-03-07T17:00:00Z', 24 * H, '2026-03-08T17:00:00.000Z'],
    ['NY 24/7 +24 h across fall-back', ny, '2026-10-31T16:00:00Z', 24 * H, '2026-11-01T16:00:00.000Z'],
    ['NY 24/7 +72 h has no midnight gaps', ny, '2026-05-04T12:00:00Z', 72 * H, '2026-05-07T12:00:00.000Z'],
  ])('%s', (_name, cal, start, ms, expected) => {
    expect(addBusinessTime(cal, d(start), ms).toISOString()).toBe(expected);
  });

  it.each([
    ['Madrid spring-forward day has 23 h', '2026-03-29', '2026-03-30', 23 * H],
    ['Madrid fall-back day has 25 h', '2026-10-25', '2026-10-26', 25 * H],
  ])('%s', (_name, day, next, expected) => {
    expect(businessTimeBetween(madrid, startOfLocalDay(madrid, day), startOfLocalDay(madrid, next))).toBe(expected);
  });

  it('moment-business-time #58: Amsterdam 00:00–10:00, +1 h from 02:00 CEST on fall-back day is 60 min', () => {
    const ams = compileCalendar({ ...allDay('Europe/Amsterdam'), week: Object.fromEntries(Object.keys(allDay('UTC').week).map((k) => [k, [{ start: '00:00', end: '10:00' }]])) });
    expect(addBusinessTime(ams, d('2022-10-30T00:00:00Z'), 1 * H).toISOString()).toBe('2022-10-30T01:00:00.000Z');
  });
});

describe('DST: wall-clock ranges on transition days', () => {
  const ny = compileCalendar({ timeZone: 'America/New_York', week: { sun: [{ start: '01:00', end: '04:00' }] } });

  it('spring-forward: the skipped 02:00–03:00 is never open (2 h, contiguous)', () => {
    expect(businessTimeBetween(ny, d('2026-03-08T00:00:00Z'), d('2026-03-09T00:00:00Z'))).toBe(2 * H);
    expect(addBusinessTime(ny, d('2026-03-08T00:00:00Z'), 1).toISOString()).toBe('2026-03-08T06:00:00.001Z');
    expect(addBusinessTime(ny, d('2026-03-08T00:00:00Z'), 2 * H).toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });

  it('fall-back: the repeated 01:00–02:00 counts twice (4 h)', () => {
    expect(businessTimeBetween(ny, d('2026-11-01T00:00:00Z'), d('2026-11-02T00:00:00Z'))).toBe(4 * H);
    expect(addBusinessTime(ny, d('2026-11-01T05:00:00Z'), 1.5 * H).toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });
});

describe('local dates', () => {
  const bogota = compileCalendar({ timeZone: 'America/Bogota', week: {} });
  const santiago = compileCalendar({ timeZone: 'America/Santiago', week: {} });
  const ny = compileCalendar({ timeZone: 'America/New_York', week: {} });

  it.each([
    [bogota, '2026-03-07T03:00:00Z', '2026-03-06'],
    [bogota, '2026-03-07T05:00:00Z', '2026-03-07'],
    [ny, '2026-11-01T05:30:00Z', '2026-11-01'],
    [ny, '2026-07-01T03:59:59.999Z', '2026-06-30'],
  ])('localDateOf %#', (cal, iso, expected) => {
    expect(localDateOf(cal, d(iso))).toBe(expected);
  });

  it.each([
    [bogota, '2026-08-05', '2026-08-05T05:00:00.000Z'],
    [ny, '2026-03-08', '2026-03-08T05:00:00.000Z'],
    [ny, '2026-03-09', '2026-03-09T04:00:00.000Z'],
    [santiago, '2026-09-06', '2026-09-06T04:00:00.000Z'], // 00:00 skipped: the day starts at 01:00 -03
    [santiago, '2026-04-05', '2026-04-05T04:00:00.000Z'], // 24:00 -03 → 23:00 -04 the evening before
  ])('startOfLocalDay %#', (cal, date, expected) => {
    expect(startOfLocalDay(cal, date).toISOString()).toBe(expected);
  });
});
