/**
 * Live remaining business time of an SLA clock. The resolver evaluates the clocks at `serverNow`;
 * between reloads the panel subtracts the business time that has passed since then, over the same
 * calendar (the core's `businessTimeBetween`), so the countdown stops overnight, on weekends and
 * holidays exactly as the SLA does. Without a usable calendar it falls back to wall-clock time.
 */
import { z } from 'zod';
import { businessTimeBetween, compileCalendar, type BusinessCalendar, type CalendarSpec } from '../../../../src/core/index';
import type { WireSlaClock } from '../../../../src/jira/resolvers/contract';

const range = z.object({ start: z.string(), end: z.string() });
const day = z.array(range);
const calendarSpecSchema = z.object({
  timeZone: z.string(),
  week: z.object({
    mon: day.optional(), tue: day.optional(), wed: day.optional(), thu: day.optional(),
    fri: day.optional(), sat: day.optional(), sun: day.optional(),
  }),
  holidays: z.array(z.string()).optional(),
  closures: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
});

/**
 * Compiles the panel's calendar, or null when it is missing or not a valid calendar spec.
 *
 * @example
 * panelCalendar({ timeZone: 'America/Bogota', week: { mon: [{ start: '08:00', end: '17:00' }] } });
 */
export function panelCalendar(raw: unknown): BusinessCalendar | null {
  const parsed = calendarSpecSchema.safeParse(raw);
  if (!parsed.success) return null;
  const spec: CalendarSpec = parsed.data;
  try {
    return compileCalendar(spec);
  } catch {
    return null; // the resolver sent a calendar the core rejects: tick in wall-clock time instead
  }
}

/** True while the clock's elapsed time still grows (running, or breached and not stopped). */
export function isCounting(clock: WireSlaClock): boolean {
  return clock.state === 'running' || (clock.state === 'breached' && clock.dueAt !== null);
}

/**
 * Remaining business ms of `clock` at `now` (negative when overdue).
 *
 * @example
 * liveRemainingMs(clock, new Date('2026-03-02T13:00:00Z'), new Date('2026-03-02T13:00:05Z'), cal);
 */
export function liveRemainingMs(clock: WireSlaClock, serverNow: Date, now: Date, cal: BusinessCalendar | null): number {
  if (!isCounting(clock) || now.getTime() <= serverNow.getTime()) return clock.remainingMs;
  const passed = cal === null ? now.getTime() - serverNow.getTime() : businessTimeBetween(cal, serverNow, now);
  return clock.remainingMs - passed;
}

export type Tone = 'ok' | 'warning' | 'danger' | 'success' | 'neutral';

/** Colour of a clock: met → success, overdue → danger, under a quarter of the goal left → warning. */
export function toneOf(clock: WireSlaClock, remainingMs: number): Tone {
  if (clock.state === 'met') return 'success';
  if (clock.state === 'breached' || remainingMs < 0) return 'danger';
  if (clock.state === 'paused') return 'neutral';
  return clock.goalMs > 0 && remainingMs < clock.goalMs / 4 ? 'warning' : 'ok';
}
