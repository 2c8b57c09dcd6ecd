import { describe, expect, it } from 'vitest';
import { CalendarError, compileCalendar, type CalendarSpec } from '../../../src/core/calendar/index';
import { BOGOTA_OFFICE, OFFICE } from './fixtures';

function issuesOf(spec: unknown): { path: string; message: string }[] {
  try {
    // deliberately invalid payloads: the function must validate at runtime
    compileCalendar(spec as CalendarSpec);
  } catch (e) {
    if (e instanceof CalendarError) {
      expect(e.code).toBe('calendar.invalidSpec');
      expect(e.message).toContain(e.issues[0]?.path ?? '?');
      return [...e.issues];
    }
    throw e;
  }
  return [];
}

describe('compileCalendar validation (messages name the field)', () => {
  it.each([
    ['unknown zone', { timeZone: 'Mars/Olympus', week: {} }, 'timeZone', /unknown IANA time zone 'Mars\/Olympus'/],
    ['raw offset is not a zone', { timeZone: '-05:00', week: {} }, 'timeZone', /unknown IANA/],
    ['H:MM start', { timeZone: 'UTC', week: { mon: [{ start: '8:00', end: '12:00' }] } }, 'week.mon[0].start', /HH:MM/],
    ['24:00 start', { timeZone: 'UTC', week: { mon: [{ start: '24:00', end: '24:00' }] } }, 'week.mon[0].start', /HH:MM/],
    ['25:00 end', { timeZone: 'UTC', week: { tue: [{ start: '08:00', end: '25:00' }] } }, 'week.tue[0].end', /HH:MM/],
    ['24:30 end', { timeZone: 'UTC', week: { tue: [{ start: '08:00', end: '24:30' }] } }, 'week.tue[0].end', /HH:MM/],
    ['start = end', { timeZone: 'UTC', week: { wed: [{ start: '09:00', end: '09:00' }] } }, 'week.wed[0].end', /after start/],
    ['start > end (overnight must be split)', { timeZone: 'UTC', week: { fri: [{ start: '22:00', end: '06:00' }] } }, 'week.fri[0].end', /after start/],
    ['overlap', { timeZone: 'UTC', week: { thu: [{ start: '08:00', end: '12:00' }, { start: '11:59', end: '13:00' }] } }, 'week.thu[1]', /overlaps/],
    ['overlap, unsorted', { timeZone: 'UTC', week: { thu: [{ start: '10:00', end: '12:00' }, { start: '08:00', end: '10:01' }] } }, 'week.thu[0]', /overlaps/],
    ['unknown weekday', { timeZone: 'UTC', week: { monday: OFFICE } }, 'week', /monday/],
    ['impossible holiday', { timeZone: 'UTC', week: {}, holidays: ['2026-02-30'] }, 'holidays[0]', /YYYY-MM-DD/],
    ['holiday not a date', { timeZone: 'UTC', week: {}, holidays: ['2026-1-5'] }, 'holidays[0]', /YYYY-MM-DD/],
    ['closure from >= to', { timeZone: 'UTC', week: {}, closures: [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }] }, 'closures[0].to', /after from/],
    ['closure without offset', { timeZone: 'UTC', week: {}, closures: [{ from: '2026-01-01T00:00', to: '2026-01-02T00:00:00Z' }] }, 'closures[0].from', /offset/],
    ['closure garbage', { timeZone: 'UTC', week: {}, closures: [{ from: '2026-01-01T00:00:00Z', to: 'tomorrow' }] }, 'closures[0].to', /ISO-8601/],
  ])('%s', (_name, spec, path, message) => {
    const issues = issuesOf(spec);
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ timeZone: 'Nowhere/City', week: { mon: [{ start: '9', end: '10:00' }] }, holidays: ['x'] });
    expect(issues.map((i) => i.path)).toEqual(['timeZone', 'week.mon[0].start', 'holidays[0]']);
  });

  it.each([
    ['adjacent ranges and 24:00', { timeZone: 'UTC', week: { mon: [{ start: '00:00', end: '12:00' }, { start: '12:00', end: '24:00' }] } }],
    ['empty week', { timeZone: 'Asia/Kathmandu', week: {} }],
    ['closure with numeric offset', { timeZone: 'UTC', week: {}, closures: [{ from: '2026-12-24T12:00:00-05:00', to: '2026-12-24T17:00:00.5-05:00' }] }],
  ])('accepts %s', (_name, spec) => {
    expect(issuesOf(spec)).toEqual([]);
  });

  it('keeps a frozen copy of the spec and its time zone', () => {
    const spec: CalendarSpec = { ...BOGOTA_OFFICE, holidays: ['2026-07-13'] };
    const cal = compileCalendar(spec);
    spec.holidays?.push('2026-07-14');
    expect(cal.timeZone).toBe('America/Bogota');
    expect(cal.spec.holidays).toEqual(['2026-07-13']);
    expect(Object.isFrozen(cal.spec)).toBe(true);
  });
});
