/**
 * A deliberately naive oracle for the calendar contract (CONTRACT.md §1), written from the
 * spec text only: an instant is open when its local wall-clock date is not a holiday, its local
 * time of day lies in [start, end) of a range for that weekday, and it is in no closure.
 * With minute-aligned ranges and closures, openness is constant inside each UTC minute, so
 * counting open minutes is exact.
 */
import type { CalendarSpec, Weekday } from '../../src/core/index';

const MINUTE = 60_000;
const WEEKDAYS: Record<string, Weekday> = {
  Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun',
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', weekday: 'short', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local wall-clock date, weekday and minute of day of an instant. */
export function localParts(timeZone: string, ms: number): { date: string; weekday: Weekday; minute: number } {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS[get('weekday')];
  if (weekday === undefined) throw new Error('weekday');
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether the instant `ms` is open per the contract's definition. */
export function isOpenOracle(spec: CalendarSpec, ms: number): boolean {
  const { date, weekday, minute } = localParts(spec.timeZone, ms);
  if ((spec.holidays ?? []).includes(date)) return false;
  const ranges = spec.week[weekday] ?? [];
  if (!ranges.some((r) => minute >= toMinutes(r.start) && minute < toMinutes(r.end))) return false;
  return !(spec.closures ?? []).some((c) => ms >= Date.parse(c.from) && ms < Date.parse(c.to));
}

/** Measure of open instants in [a, b) for minute-aligned a <= b. */
export function betweenOracle(spec: CalendarSpec, a: number, b: number): number {
  let total = 0;
  for (let t = a; t < b; t += MINUTE) if (isOpenOracle(spec, t)) total += MINUTE;
  return total;
}

/** Earliest t >= start with betweenOracle(start, t) === ms, for minute-aligned start. */
export function addOracle(spec: CalendarSpec, start: number, ms: number, limitMinutes: number): number | null {
  if (ms === 0) return start;
  const whole = Math.floor(ms / MINUTE);
  const rest = ms - whole * MINUTE;
  let seen = 0;
  for (let i = 0, t = start; i < limitMinutes; i += 1, t += MINUTE) {
    if (!isOpenOracle(spec, t)) continue;
    if (rest === 0 && seen === whole - 1) return t + MINUTE;
    if (rest > 0 && seen === whole) return t + rest;
    seen += 1;
  }
  return null;
}

/** Colombian holidays oracle (Ley 51/1983, Easter-based, Ley 2578/2026 from 2026). */
export function colombianHolidaysOracle(year: number): string[] {
  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const day = (m: number, d: number): Date => new Date(Date.UTC(year, m - 1, d));
  const nextMonday = (d: Date): Date => {
    const shift = (8 - d.getUTCDay()) % 7; // Monday stays
    return new Date(d.getTime() + shift * 86_400_000);
  };
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19; const b = Math.floor(year / 100); const c = year % 100;
  const d = Math.floor(b / 4); const e = b % 4; const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4); const k = c % 4; const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31); const dd = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = day(month, dd);
  const plus = (n: number): Date => new Date(easter.getTime() + n * 86_400_000);
  const dates: Date[] = [
    day(1, 1), day(5, 1), day(7, 20), day(8, 7), day(12, 8), day(12, 25),
    nextMonday(day(1, 6)), nextMonday(day(3, 19)), nextMonday(day(6, 29)), nextMonday(day(8, 15)),
    nextMonday(day(10, 12)), nextMonday(day(11, 1)), nextMonday(day(11, 11)),
    plus(-3), plus(-2), plus(43), plus(64), plus(71),
  ];
  if (year >= 2026) dates.push(nextMonday(day(7, 9)));
  return [...new Set(dates.map(iso))].sort();
}
