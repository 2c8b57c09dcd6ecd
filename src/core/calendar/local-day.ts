import type { BusinessCalendar } from './compiled';
import { DAY_MS, dayNumber, formatDayNumber } from './local-date';
import { invalidArgument } from './errors';
import { cachedOffsetAt, segmentsCovering } from './zone';

/**
 * The local date (`'YYYY-MM-DD'`) of an instant in the calendar's time zone.
 *
 * @example
 * localDateOf(bogota, new Date('2026-03-07T03:00:00Z')); // '2026-03-06' (22:00 in Bogotá)
 */
export function localDateOf(cal: BusinessCalendar, instant: Date): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) invalidArgument('instant: not a valid Date');
  return formatDayNumber(Math.floor((t + cachedOffsetAt(cal.timeZone, t)) / DAY_MS));
}

/**
 * The first instant whose local date in the calendar's zone is `date` (usually local midnight; on a
 * day that starts inside a DST gap, the gap's end). If the zone skipped the whole date, the first
 * instant of the next date that exists.
 *
 * @example
 * startOfLocalDay(bogota, '2026-08-05'); // 2026-08-05T05:00:00.000Z
 * startOfLocalDay(santiago, '2026-09-06'); // 2026-09-06T04:00:00.000Z (00:00 skipped, day starts 01:00)
 */
export function startOfLocalDay(cal: BusinessCalendar, date: string): Date {
  const ld = dayNumber(date) * DAY_MS;
  const segs = segmentsCovering(cal.timeZone, ld - DAY_MS, ld + 3 * DAY_MS);
  for (const seg of segs) {
    // instants of this segment whose local time is >= local midnight of `date`
    const t = Math.max(seg.from, ld - seg.offset);
    if (t < seg.to) return new Date(t);
  }
  return invalidArgument(`date: no instant of ${date} found in ${cal.timeZone}`);
}
