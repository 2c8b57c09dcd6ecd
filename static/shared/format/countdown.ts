/**
 * What an SLA clock says to a person at `now`: "3 h 20 min hábiles restantes", "vencido hace
 * 5 min", "en pausa", "cumplido". Live: given the instant the server evaluated the clock and the
 * policy's business calendar, a running clock counts down in BUSINESS time (it stands still at
 * night, on weekends and holidays, exactly as the SLA does; see `./live-clock`). Without that
 * context (an older server, a mirrored view) it counts down in wall-clock time to `dueAt`.
 */
import { t, type BusinessCalendar, type Locale } from '../../../src/core/index';
import type { SlaClockView } from '../api/schemas';
import { formatBusinessDuration, formatDuration } from './duration';
import { liveRemainingMs } from './live-clock';

/** Where the server evaluated the clock, and over which calendar (null: wall-clock fallback). */
export interface LiveClockContext {
  evaluatedAt: string;
  calendar: BusinessCalendar | null;
}

export type CountdownTone = 'ok' | 'warning' | 'danger' | 'neutral' | 'success';

export interface CountdownText {
  text: string;
  tone: CountdownTone;
  /** Ms left (business ms with a live context, else wall-clock ms to `dueAt`); negative when overdue, null when not counting. */
  leftMs: number | null;
}

/**
 * Without `live`: wall-clock time to `dueAt`. With `live`: remaining business time (see the module doc).
 *
 * @example
 * countdownText({ metric: 'resolution', state: 'running', goalMs: 8 * 3_600_000, elapsedMs: 0,
 *   remainingMs: 8 * 3_600_000, dueAt: '2026-03-02T21:00:00Z', breachedAt: null },
 *   new Date('2026-03-02T20:00:00Z'), 'en'); // { text: 'due in 1 h', tone: 'warning', leftMs: 3_600_000 }
 */
export function countdownText(clock: SlaClockView, now: Date, locale: Locale, live?: LiveClockContext): CountdownText {
  if (live !== undefined && Number.isFinite(Date.parse(live.evaluatedAt))) return businessCountdown(clock, now, locale, live);
  if (clock.state === 'met') return { text: t(locale, 'tabs.sla.met'), tone: 'success', leftMs: null };
  if (clock.state === 'paused') return { text: t(locale, 'tabs.sla.paused'), tone: 'neutral', leftMs: null };
  const due = clock.dueAt ?? clock.breachedAt;
  if (due === null) {
    return clock.state === 'breached'
      ? { text: t(locale, 'tabs.sla.breached'), tone: 'danger', leftMs: null }
      : { text: t(locale, 'tabs.sla.paused'), tone: 'neutral', leftMs: null };
  }
  const leftMs = Date.parse(due) - now.getTime();
  if (clock.state === 'breached' || leftMs <= 0) {
    return { text: t(locale, 'tabs.sla.overdueBy', { duration: formatDuration(leftMs, locale) }), tone: 'danger', leftMs };
  }
  const usedShare = clock.goalMs > 0 ? 1 - clock.remainingMs / clock.goalMs : 1;
  const tone: CountdownTone = usedShare >= 0.75 || leftMs < 3_600_000 ? 'warning' : 'ok';
  return { text: t(locale, 'tabs.sla.dueIn', { duration: formatDuration(leftMs, locale) }), tone, leftMs };
}

/** A business duration that ticks visibly when it matters: seconds under one hour, else hours and minutes. */
function businessDurationText(ms: number, locale: Locale): string {
  return Math.abs(ms) < 3_600_000 ? formatDuration(ms, locale) : formatBusinessDuration(ms, locale);
}

function businessCountdown(clock: SlaClockView, now: Date, locale: Locale, live: LiveClockContext): CountdownText {
  if (clock.state === 'met') return { text: t(locale, 'tabs.sla.met'), tone: 'success', leftMs: null };
  if (clock.state === 'paused') return { text: t(locale, 'tabs.sla.paused'), tone: 'neutral', leftMs: null };
  if (clock.state === 'breached' && clock.dueAt === null) {
    return { text: t(locale, 'tabs.sla.breached'), tone: 'danger', leftMs: null }; // breached and stopped
  }
  const leftMs = liveRemainingMs(clock, new Date(live.evaluatedAt), now, live.calendar);
  const duration = businessDurationText(leftMs, locale);
  if (clock.state === 'breached' || leftMs <= 0) {
    return { text: t(locale, 'tabs.sla.overdueBy', { duration }), tone: 'danger', leftMs };
  }
  const tone: CountdownTone = leftMs < clock.goalMs / 4 || leftMs < 3_600_000 ? 'warning' : 'ok';
  return { text: t(locale, 'tabs.sla.businessLeft', { duration }), tone, leftMs };
}
