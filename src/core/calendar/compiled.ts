/**
 * The compiled calendar: the validated spec plus lazily built, cached per-year tables. @internal
 */
import type { CalendarSpec } from './types';
import { DAY_MS, weekdayOfDay } from './local-date';
import { buildYearTable, type DayRules, type YearTable } from './year-table';
import { MAX_YEAR, MIN_YEAR, utcYearOf, yearSegments } from './zone';
import { invalidArgument } from './errors';

/**
 * A validated calendar, ready for fast queries. Build it with `compileCalendar`; it carries the
 * normalised `spec` and its `timeZone`. Its year tables are built on first use and cached, so keep
 * one compiled calendar per calendar version.
 *
 * @example
 * const cal: BusinessCalendar = compileCalendar(spec);
 * cal.timeZone; // 'America/Bogota'
 */
export class BusinessCalendar {
  /** The validated spec this calendar was compiled from (a frozen copy). */
  readonly spec: Readonly<CalendarSpec>;
  /** IANA time zone of the calendar. */
  readonly timeZone: string;
  /** @internal */
  readonly rules: DayRules;
  /** @internal true when no weekday has a range (nothing can ever be open) */
  readonly neverOpen: boolean;
  private readonly tables = new Map<number, YearTable>();
  private readonly businessDays = new Map<number, Int32Array>();
  private last: YearTable | undefined;

  /** @internal use `compileCalendar` */
  constructor(spec: Readonly<CalendarSpec>, rules: DayRules) {
    this.spec = spec;
    this.timeZone = spec.timeZone;
    this.rules = rules;
    this.neverOpen = rules.week.every((r) => r.length === 0);
  }

  /** @internal table of the UTC year containing instant `t` */
  tableAt(t: number): YearTable {
    const last = this.last;
    if (last !== undefined && t >= last.from && t < last.to) return last;
    if (!Number.isFinite(t)) utcYearOf(t); // throws
    // estimate the UTC year without allocating a Date, then correct by at most one year
    let table = this.tableOfYear(Math.min(MAX_YEAR, Math.max(MIN_YEAR, 1970 + Math.floor(t / 31_556_952_000))));
    if (t < table.from) table = this.tableOfYear(utcYearOf(t));
    else if (t >= table.to) table = this.tableOfYear(utcYearOf(t));
    this.last = table;
    return table;
  }

  /** @internal table of UTC year `year` */
  tableOfYear(year: number): YearTable {
    if (year < MIN_YEAR || year > MAX_YEAR) invalidArgument(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
    let table = this.tables.get(year);
    if (table === undefined) {
      table = buildYearTable(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), yearSegments(this.timeZone, year), this.rules);
      this.tables.set(year, table);
    }
    return table;
  }

  /** @internal true when local day number `day` is a business day */
  isBusinessDayNumber(day: number): boolean {
    const ranges = this.rules.week[weekdayOfDay(day)];
    return ranges !== undefined && ranges.length > 0 && !this.rules.holidays.has(day);
  }

  /** @internal sorted day numbers of the business days of local year `year` */
  businessDaysOf(year: number): Int32Array {
    if (year < MIN_YEAR || year > MAX_YEAR) invalidArgument(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
    let days = this.businessDays.get(year);
    if (days === undefined) {
      const first = Date.UTC(year, 0, 1) / DAY_MS;
      const next = Date.UTC(year + 1, 0, 1) / DAY_MS;
      const list: number[] = [];
      for (let d = first; d < next; d++) if (this.isBusinessDayNumber(d)) list.push(d);
      days = Int32Array.from(list);
      this.businessDays.set(year, days);
    }
    return days;
  }

}
