/** Shared literal calendars and helpers for the acceptance suite (CONTRACT.md). */
import type { CalendarSpec, TimeRange } from '../../src/core/index';

export const H = 3_600_000;
export const MIN = 60_000;

/** A Bogotá local wall time (UTC−05:00 all year) as a Date. */
export const bog = (local: string): Date => new Date(`${local}-05:00`);

const nineToFive: TimeRange[] = [{ start: '08:00', end: '17:00' }];

/** Bogotá, Monday–Friday 08:00–17:00, no holidays. */
export const officeSpec: CalendarSpec = {
  timeZone: 'America/Bogota',
  week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};

/** Same with a lunch break 12:00–13:00. */
const split: TimeRange[] = [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }];
export const lunchSpec: CalendarSpec = {
  timeZone: 'America/Bogota',
  week: { mon: split, tue: split, wed: split, thu: split, fri: split },
};

const allDay: TimeRange[] = [{ start: '00:00', end: '24:00' }];
/** Every day of the week open all day, in `timeZone`. */
export const alwaysOpen = (timeZone: string): CalendarSpec => ({
  timeZone,
  week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
});

/** Instant equality for ISO strings with any offset. */
export const sameInstant = (iso: string | null, expected: string | null): boolean =>
  (iso === null && expected === null) ||
  (iso !== null && expected !== null && Date.parse(iso) === Date.parse(expected));
