import type { BusinessCalendar } from './compiled';
import { CalendarError, invalidArgument } from './errors';
import { instantAt, openBefore } from './year-table';
import { MAX_YEAR, utcYearOf } from './zone';

/** Years in a row without open time after which `addBusinessTime` gives up. */
const EMPTY_YEARS_LIMIT = 20;

function ms(d: Date, field: string): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (Number.isNaN(t)) invalidArgument(`${field}: not a valid Date`);
  return t;
}

function forward(cal: BusinessCalendar, a: number, b: number): number {
  const ta = cal.tableAt(a);
  if (b <= ta.to) return openBefore(ta, b) - openBefore(ta, a);
  let sum = ta.total - openBefore(ta, a);
  const yb = utcYearOf(b);
  for (let y = utcYearOf(a) + 1; y < yb; y++) sum += cal.tableOfYear(y).total;
  return sum + openBefore(cal.tableAt(b), b);
}

/**
 * Business time between two instants: the measure (ms) of open instants in `[from, to)`, or minus
 * the measure of `[to, from)` when `to < from`. Cost: two binary searches plus one addition per UTC
 * year spanned.
 *
 * @example
 * // Bogotá office 08:00–12:00 + 14:00–17:00 Mon–Fri
 * businessTimeBetween(cal, new Date('2026-03-06T16:00:00-05:00'), new Date('2026-03-09T09:00:00-05:00')); // 7_200_000 (Fri 1 h + Mon 1 h)
 */
export function businessTimeBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  const a = ms(from, 'from');
  const b = ms(to, 'to');
  if (a === b) return 0;
  if (a < b) return forward(cal, a, b);
  const back = forward(cal, b, a);
  return back === 0 ? 0 : -back; // never -0
}

/**
 * The earliest instant `t >= start` with `businessTimeBetween(cal, start, t) === ms`. So Friday 16:00
 * + 1 h with hours ending at 17:00 is Friday 17:00, and `ms = 0` returns `start`. A fractional `ms`
 * is rounded up to a whole millisecond. Throws `calendar.invalidArgument` for a negative or
 * non-finite `ms`, and `calendar.noOpenTime` when the calendar has no open time in 20 years in a row.
 *
 * @example
 * addBusinessTime(cal, new Date('2026-03-06T16:00:00-05:00'), 2 * 3_600_000); // 2026-03-09T14:00:00.000Z (Mon 09:00 Bogotá)
 */
export function addBusinessTime(cal: BusinessCalendar, start: Date, ms_: number): Date {
  const s = ms(start, 'start');
  if (!Number.isFinite(ms_) || ms_ < 0) invalidArgument(`ms: must be a finite number >= 0, got ${ms_}`);
  if (ms_ === 0) return new Date(s);
  if (cal.neverOpen) throw noOpenTime();
  let table = cal.tableAt(s);
  const already = openBefore(table, s);
  let target = already + Math.ceil(ms_);
  let year = utcYearOf(s);
  let emptyYears = table.total === already ? 1 : 0;
  for (;;) {
    if (target <= table.total) return new Date(instantAt(table, target));
    target -= table.total;
    year += 1;
    if (year > MAX_YEAR) invalidArgument('ms: the result lies beyond the supported years');
    table = cal.tableOfYear(year);
    emptyYears = table.total === 0 ? emptyYears + 1 : 0;
    if (emptyYears > EMPTY_YEARS_LIMIT) throw noOpenTime();
  }
}

function noOpenTime(): CalendarError {
  return new CalendarError('calendar.noOpenTime', `calendar has no open time within ${EMPTY_YEARS_LIMIT} years`);
}
