/**
 * What an SLA clock says to a person at `now`: "vence en 3 h 20 min", "vencido hace 5 min",
 * "en pausa", "cumplido". Live: a running clock counts down in wall-clock time to its `dueAt`
 * (the instant the goal is reached if nothing changes, computed by the server over the business
 * calendar), so evenings and weekends pass on screen exactly as they pass for the requester.
 */
import { t, type Locale } from '../../../src/core/index';
import type { SlaClockView } from '../api/schemas';
import { formatDuration } from './duration';

export type CountdownTone = 'ok' | 'warning' | 'danger' | 'neutral' | 'success';

export interface CountdownText {
  text: string;
  tone: CountdownTone;
  /** Wall-clock ms to `dueAt` (negative when overdue), null when the clock is not running. */
  leftMs: number | null;
}

/**
 * @example
 * countdownText({ metric: 'resolution', state: 'running', goalMs: 8 * 3_600_000, elapsedMs: 0,
 *   remainingMs: 8 * 3_600_000, dueAt: '2026-03-02T21:00:00Z', breachedAt: null },
 *   new Date('2026-03-02T20:00:00Z'), 'en'); // { text: 'due in 1 h', tone: 'warning', leftMs: 3_600_000 }
 */
export function countdownText(clock: SlaClockView, now: Date, locale: Locale): CountdownText {
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
