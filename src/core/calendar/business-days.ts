import type { BusinessCalendar } from './compiled';
import { CalendarError, invalidArgument } from './errors';
import { dayNumber, formatDayNumber, yearOfDay } from './local-date';
import { MAX_YEAR, MIN_YEAR } from './zone';

const EMPTY_YEARS_LIMIT = 20;

/**
 * True when `date` (local `'YYYY-MM-DD'`) is not a holiday and its weekday has at least one range.
 * Closures do not make a day non-business.
 *
 * @example
 * isBusinessDay(cal, '2026-07-13'); // false: Virgen de Chiquinquirá (Ley 2578/2026)
 * isBusinessDay(cal, '2026-07-14'); // true
 */
export function isBusinessDay(cal: BusinessCalendar, date: string): boolean {
  return cal.isBusinessDayNumber(dayNumber(date));
}

/** First index in sorted `arr` with a value > x (or >= x when `orEqual`). */
function upperBound(arr: Int32Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = arr[mid] ?? 0;
    if (orEqual ? v < x : v <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * The `days`-th business day strictly after `date` (CONTRACT §1); `days = 0` returns `date` itself.
 * Binary search in cached per-year lists of business days. Throws `calendar.invalidArgument` for a
 * negative or non-integer `days` (count backwards with {@link subtractBusinessDays}) and
 * `calendar.noOpenTime` after 20 years in a row without business days.
 *
 * @example
 * addBusinessDays(cal, '2026-07-10', 15); // '2026-08-04' (13 and 20 July are holidays)
 */
export function addBusinessDays(cal: BusinessCalendar, date: string, days: number): string {
  return stepBusinessDays(cal, date, days, 1);
}

/**
 * The `days`-th business day strictly before `date`; `days = 0` returns `date` itself. The mirror
 * of {@link addBusinessDays}, with the same errors.
 *
 * @example
 * subtractBusinessDays(cal, '2026-08-04', 15); // '2026-07-10'
 */
export function subtractBusinessDays(cal: BusinessCalendar, date: string, days: number): string {
  return stepBusinessDays(cal, date, days, -1);
}

/**
 * The `days`-th business day strictly after (`dir = 1`) or before (`dir = -1`) `date`: a binary
 * search in the year's list, then whole years skipped until the index falls inside one.
 */
function stepBusinessDays(cal: BusinessCalendar, date: string, days: number, dir: 1 | -1): string {
  const d = dayNumber(date);
  if (!Number.isInteger(days) || days < 0) invalidArgument(`days: must be an integer ≥ 0, got ${days}`);
  if (days === 0) return date;
  let year = yearOfDay(d);
  let list = cal.businessDaysOf(year);
  let empty = 0;
  let idx = dir === 1 ? upperBound(list, d, false) + days - 1 : upperBound(list, d, true) - days;
  while (idx < 0 || idx >= list.length) {
    if (dir === 1) idx -= list.length;
    year += dir;
    if (year > MAX_YEAR || year < MIN_YEAR) invalidArgument('days: the result lies outside the supported years');
    list = cal.businessDaysOf(year);
    if (dir === -1) idx += list.length;
    empty = list.length === 0 ? empty + 1 : 0;
    if (empty > EMPTY_YEARS_LIMIT) throw noBusinessDays();
  }
  return formatDayNumber(list[idx] ?? 0);
}

function noBusinessDays(): CalendarError {
  return new CalendarError('calendar.noOpenTime', `calendar has no business day within ${EMPTY_YEARS_LIMIT} years`);
}
