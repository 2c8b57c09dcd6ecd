/**
 * When the weekly agent pulse is due: the configured weekday and local time in the desk calendar's
 * zone, moved back to the latest business day of that week when the weekday is not one (a Friday
 * holiday sends on Thursday); a week without business days up to that weekday has no pulse.
 */
import { isBusinessDay, localDateOf, startOfLocalDay, type BusinessCalendar } from '../../core/index';

/** ISO weekday (1 = Monday … 7 = Sunday) and local `HH:MM`. */
export interface PulseSchedule {
  weekday: number;
  time: string;
}

/** Friday 15:00, the default. */
export const DEFAULT_PULSE_SCHEDULE: PulseSchedule = { weekday: 5, time: '15:00' };

export interface PulseWeek {
  /** Local date of the Monday of the week of `now` (the durable key of the week). */
  week: string;
  /** When this week's pulse is due, or null when the week has no business day for it. */
  dueAt: Date | null;
  /** The start (local midnight) of the next week. */
  nextWeekStart: Date;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Parses `"fri 15:00"`-style text (weekday name in English or Spanish, or 1–7) into a schedule;
 * null when unreadable.
 *
 * @example
 * parsePulseSchedule('fri 15:00'); // { weekday: 5, time: '15:00' }
 */
export function parsePulseSchedule(text: string): PulseSchedule | null {
  const m = /^\s*(\w+)\s+(\d{1,2}):(\d{2})\s*$/.exec(text.toLowerCase());
  if (!m) return null;
  const names = ['mon|lun', 'tue|mar', 'wed|mie|mié', 'thu|jue', 'fri|vie', 'sat|sab|sáb', 'sun|dom'];
  const word = m[1] ?? '';
  const byName = names.findIndex((n) => n.split('|').some((p) => word.startsWith(p)));
  const weekday = byName >= 0 ? byName + 1 : Number(word);
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7 || hours > 23 || minutes > 59) return null;
  return { weekday, time: `${String(hours).padStart(2, '0')}:${m[3] ?? '00'}` };
}

/**
 * The pulse week containing `now` in `cal`'s zone.
 *
 * @example
 * pulseWeek(bogota, DEFAULT_PULSE_SCHEDULE, new Date('2026-03-02T14:00:00Z'));
 * // { week: '2026-03-02', dueAt: 2026-03-06T20:00:00Z, nextWeekStart: 2026-03-09T05:00:00Z }
 */
export function pulseWeek(cal: BusinessCalendar, schedule: PulseSchedule, now: Date): PulseWeek {
  const today = dayOf(localDateOf(cal, now));
  const monday = today - ((((today + 4) % 7) + 7) % 7 + 6) % 7;
  const [h, m] = schedule.time.split(':').map(Number);
  let dueAt: Date | null = null;
  for (let day = monday + schedule.weekday - 1; day >= monday; day--) {
    if (isBusinessDay(cal, dateOf(day))) {
      dueAt = new Date(startOfLocalDay(cal, dateOf(day)).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
      break;
    }
  }
  return { week: dateOf(monday), dueAt, nextWeekStart: startOfLocalDay(cal, dateOf(monday + 7)) };
}
