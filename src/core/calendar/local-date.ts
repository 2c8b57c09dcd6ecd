import { invalidArgument } from './errors';

/** Milliseconds in a (UTC) day. @internal */
export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number (days since 1970-01-01) of a `'YYYY-MM-DD'` string, or `null` when it is not a real date.
 * @internal
 */
export function dayNumberOrNull(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Day number of a `'YYYY-MM-DD'` string; throws `calendar.invalidArgument` naming `field`. @internal */
export function dayNumber(date: string, field = 'date'): number {
  const n = dayNumberOrNull(date);
  if (n === null) invalidArgument(`${field}: '${date}' is not a valid 'YYYY-MM-DD' date`);
  return n;
}

/** `'YYYY-MM-DD'` of a day number. @internal */
export function formatDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday. @internal */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Calendar year of a day number. @internal */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * The local date after `date` (pure calendar arithmetic, no time zone involved).
 *
 * @example
 * nextLocalDate('2026-12-31'); // '2027-01-01'
 * nextLocalDate('2028-02-28'); // '2028-02-29'
 */
export function nextLocalDate(date: string): string {
  return formatDayNumber(dayNumber(date) + 1);
}
