import { calendarSpecSchema, formatPath, instantOf, minutesOf, WEEKDAYS } from './schema';
import { BusinessCalendar } from './compiled';
import { CalendarError, type CalendarIssue } from './errors';
import { dayNumber } from './local-date';
import type { CalendarSpec } from './types';

/**
 * Validates a calendar spec once and compiles it for fast queries (CONTRACT §1). Throws a
 * `CalendarError` (`code: 'calendar.invalidSpec'`) whose message lists every problem with its field
 * path: unknown time zone, malformed `'HH:MM'` (`'24:00'` only as an end), `start >= end`, overlapping
 * ranges in a day, impossible holiday dates, closures with `from >= to` or without an offset.
 *
 * @example
 * const office = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
 * const cal = compileCalendar({
 *   timeZone: 'America/Bogota',
 *   week: { mon: office, tue: office, wed: office, thu: office, fri: office },
 *   holidays: colombianHolidays(2026),
 * });
 * addBusinessTime(cal, new Date('2026-03-06T16:00:00-05:00'), 3_600_000); // Fri 17:00 Bogotá
 */
export function compileCalendar(spec: CalendarSpec): BusinessCalendar {
  const parsed = calendarSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const issues: CalendarIssue[] = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    throw new CalendarError('calendar.invalidSpec', `Invalid calendar spec: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  const s = parsed.data;
  const week = WEEKDAYS.map((wd) => {
    const ranges = [...(s.week[wd] ?? [])].map((r) => [minutesOf(r.start), minutesOf(r.end)] as const);
    ranges.sort((a, b) => a[0] - b[0]);
    return Object.freeze(ranges.flat());
  });
  const holidays = new Set((s.holidays ?? []).map((h) => dayNumber(h, 'holidays')));
  const closures = mergeClosures((s.closures ?? []).map((c) => [instantOf(c.from), instantOf(c.to)] as const));
  const copy: CalendarSpec = {
    timeZone: s.timeZone,
    week: Object.fromEntries(Object.entries(s.week).map(([k, v]) => [k, (v ?? []).map((r) => ({ ...r }))])),
  };
  if (s.holidays) copy.holidays = [...s.holidays];
  if (s.closures) copy.closures = s.closures.map((c) => ({ ...c }));
  const frozen = Object.freeze(copy);
  return new BusinessCalendar(frozen, { week, holidays, closures });
}

function mergeClosures(list: (readonly [number, number])[]): number[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [f, t] of sorted) {
    const lastEnd = out[out.length - 1];
    if (lastEnd !== undefined && f <= lastEnd) {
      if (t > lastEnd) out[out.length - 1] = t;
    } else {
      out.push(f, t);
    }
  }
  return out;
}
