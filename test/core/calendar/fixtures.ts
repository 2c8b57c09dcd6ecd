/** Shared specs for the calendar tests. */
import type { CalendarSpec, TimeRange, Weekday } from '../../../src/core/calendar/index';
import { colombianHolidays } from '../../../src/core/holidays/index';

export const H = 3_600_000;
export const OFFICE: TimeRange[] = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
export const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Bogotá office hours 08:00–12:00 + 14:00–17:00 Mon–Fri with the Colombian holidays 2025–2027. */
export const BOGOTA_OFFICE: CalendarSpec = {
  timeZone: 'America/Bogota',
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
  holidays: [2025, 2026, 2027].flatMap(colombianHolidays),
};

/** Every day 00:00–24:00 in `timeZone`. */
export function allDay(timeZone: string): CalendarSpec {
  return { timeZone, week: Object.fromEntries(ALL_DAYS.map((d) => [d, [{ start: '00:00', end: '24:00' }]])) };
}
