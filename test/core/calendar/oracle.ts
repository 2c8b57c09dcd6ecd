/**
 * A slow, obviously-correct oracle for the calendar: asks Intl for the local wall-clock time of every
 * minute and checks the spec's rules literally. Valid when every boundary is minute-aligned (ranges,
 * closures, zone offsets and their transitions), which holds for the zones and specs the tests use.
 */
import type { CalendarSpec, Weekday } from '../../../src/core/calendar/index';

const DAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE = 60_000;
const fmts = new Map<string, Intl.DateTimeFormat>();

function fmt(zone: string): Intl.DateTimeFormat {
  let f = fmts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    fmts.set(zone, f);
  }
  return f;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Local date `'YYYY-MM-DD'` and minute of day of instant `t` in `zone`. */
export function oracleLocal(zone: string, t: number): { date: string; minute: number } {
  const p: Record<string, string> = {};
  for (const part of fmt(zone).formatToParts(t)) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, minute: (Number(p.hour) % 24) * 60 + Number(p.minute) };
}

/** Is instant `t` open according to the CONTRACT's definition, read literally? */
export function oracleIsOpen(spec: CalendarSpec, t: number): boolean {
  const { date, minute } = oracleLocal(spec.timeZone, t);
  if ((spec.holidays ?? []).includes(date)) return false;
  const weekday = DAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';
  const inRange = (spec.week[weekday] ?? []).some((r) => toMinutes(r.start) <= minute && minute < toMinutes(r.end));
  if (!inRange) return false;
  return !(spec.closures ?? []).some((c) => Date.parse(c.from) <= t && t < Date.parse(c.to));
}

/** Open ms in `[a, b)` counted minute by minute (a, b minute-aligned); negative when b < a. */
export function oracleBetween(spec: CalendarSpec, a: number, b: number): number {
  if (b < a) return 0 - oracleBetween(spec, b, a);
  let sum = 0;
  for (let t = a; t < b; t += MINUTE) if (oracleIsOpen(spec, t)) sum += MINUTE;
  return sum;
}

/** Is the local date a business day (not a holiday, at least one range on its weekday)? */
export function oracleIsBusinessDay(spec: CalendarSpec, date: string): boolean {
  const weekday = DAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';
  return (spec.week[weekday] ?? []).length > 0 && !(spec.holidays ?? []).includes(date);
}

/** n-th business day strictly after `date` (backwards when n < 0), stepping one day at a time. */
export function oracleAddBusinessDays(spec: CalendarSpec, date: string, n: number): string {
  let ms = Date.parse(`${date}T00:00:00Z`);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    ms += step * 86_400_000;
    if (oracleIsBusinessDay(spec, new Date(ms).toISOString().slice(0, 10))) left--;
  }
  return new Date(ms).toISOString().slice(0, 10);
}
