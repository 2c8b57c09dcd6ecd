/**
 * Live remaining business time of an SLA clock, framework-neutral (the Forge panel and the Teams
 * tabs both use it). The server evaluates the clocks at `evaluatedAt`; between reloads the UI
 * subtracts the business time that has passed since then, over the same calendar (the core's
 * `businessTimeBetween`), so the countdown stops overnight, on weekends and holidays exactly as
 * the SLA does. Without a usable calendar it falls back to wall-clock time.
 */
import { z } from 'zod';
import { businessTimeBetween, compileCalendar, type BusinessCalendar, type CalendarSpec } from '../../../src/core/index';

/** The fields of an SLA clock the live countdown needs (core `SlaClock`, Forge `WireSlaClock`, tabs `SlaClockView`). */
export interface LiveClockInput {
  state: 'running' | 'paused' | 'met' | 'breached';
  goalMs: number;
  remainingMs: number;
  dueAt: string | null;
}

const range = z.object({ start: z.string(), end: z.string() });
const day = z.array(range);
/** A core `CalendarSpec` as it comes over the wire (the core validates the details when compiling). */
export const CalendarSpecSchema = z.object({
  timeZone: z.string(),
  week: z.object({
    mon: day.optional(), tue: day.optional(), wed: day.optional(), thu: day.optional(),
    fri: day.optional(), sat: day.optional(), sun: day.optional(),
  }),
  holidays: z.array(z.string()).optional(),
  closures: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
});

const compiled = new WeakMap<object, BusinessCalendar | null>();

/**
 * Compiles a calendar spec sent by a server, or null when it is missing or not a valid calendar.
 * Results are cached per spec object, so a list sharing one spec object compiles it once.
 *
 * @example
 * liveCalendar({ timeZone: 'America/Bogota', week: { mon: [{ start: '08:00', end: '17:00' }] } });
 */
export function liveCalendar(raw: unknown): BusinessCalendar | null {
  if (raw === null || typeof raw !== 'object') return null;
  const cached = compiled.get(raw);
  if (cached !== undefined) return cached;
  const cal = compileSpec(raw);
  compiled.set(raw, cal);
  return cal;
}

function compileSpec(raw: object): BusinessCalendar | null {
  const parsed = CalendarSpecSchema.safeParse(raw);
  if (!parsed.success) return null;
  const spec: CalendarSpec = parsed.data;
  try {
    return compileCalendar(spec);
  } catch {
    return null; // the server sent a calendar the core rejects: tick in wall-clock time instead
  }
}

/** The Forge panel's name for {@link liveCalendar}. */
export const panelCalendar = liveCalendar;

/**
 * True while the clock's elapsed time still grows (running, or breached and not stopped).
 *
 * @example
 * isCounting({ state: 'paused', goalMs: 1, remainingMs: 1, dueAt: null }); // false
 */
export function isCounting(clock: LiveClockInput): boolean {
  return clock.state === 'running' || (clock.state === 'breached' && clock.dueAt !== null);
}

/**
 * Remaining business ms of `clock` at `now` (negative when overdue), the clock having been
 * evaluated at `evaluatedAt`.
 *
 * @example
 * liveRemainingMs(clock, new Date('2026-03-02T13:00:00Z'), new Date('2026-03-02T13:00:05Z'), cal);
 */
export function liveRemainingMs(clock: LiveClockInput, evaluatedAt: Date, now: Date, cal: BusinessCalendar | null): number {
  if (!isCounting(clock) || now.getTime() <= evaluatedAt.getTime()) return clock.remainingMs;
  const passed = cal === null ? now.getTime() - evaluatedAt.getTime() : businessTimeBetween(cal, evaluatedAt, now);
  return clock.remainingMs - passed;
}

export type Tone = 'ok' | 'warning' | 'danger' | 'success' | 'neutral';

/**
 * Colour of a clock: met → success, overdue → danger, under a quarter of the goal left → warning.
 *
 * @example
 * toneOf({ state: 'running', goalMs: 4, remainingMs: 4, dueAt: null }, 0.5); // 'warning'
 */
export function toneOf(clock: LiveClockInput, remainingMs: number): Tone {
  if (clock.state === 'met') return 'success';
  if (clock.state === 'breached' || remainingMs < 0) return 'danger';
  if (clock.state === 'paused') return 'neutral';
  return clock.goalMs > 0 && remainingMs < clock.goalMs / 4 ? 'warning' : 'ok';
}
