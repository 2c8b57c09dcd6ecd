/**
 * A live SLA countdown, design-system neutral (a `<span role="timer">` with a `data-tone` the host
 * UI styles), so the Teams tabs and the Forge Custom UI can both use it. Given the instant the
 * server evaluated the clock (and the policy's calendar), it ticks in business time: it stands
 * still outside business hours, as the SLA does.
 */
import { useMemo, type CSSProperties } from 'react';
import type { SlaClockView } from '../api/schemas';
import { countdownText, type CountdownTone, type LiveClockContext } from '../format/countdown';
import { liveCalendar } from '../format/live-clock';
import { useNow } from '../hooks/use-now';
import { useI18n } from '../i18n/i18n-context';

export interface SlaCountdownProps {
  clock: SlaClockView;
  /** When the server evaluated `clock` (ISO); without it the countdown runs in wall-clock time to `dueAt`. */
  evaluatedAt?: string;
  /** The SLA policy's calendar spec as the server sent it; missing or invalid: wall-clock time since `evaluatedAt`. */
  calendar?: unknown;
  /** Ticks every second unless a fixed `now` is given. */
  now?: Date;
  /** A class per tone (ok, warning, danger, neutral, success), so each design system styles it. */
  toneClassNames?: Partial<Record<CountdownTone, string>>;
  style?: CSSProperties;
}

export function SlaCountdown({ clock, evaluatedAt, calendar, now, toneClassNames, style }: SlaCountdownProps) {
  const ticking = useNow();
  const { locale } = useI18n();
  const live = useMemo<LiveClockContext | undefined>(
    () => (evaluatedAt === undefined ? undefined : { evaluatedAt, calendar: liveCalendar(calendar) }),
    [evaluatedAt, calendar],
  );
  const view = countdownText(clock, now ?? ticking, locale, live);
  return (
    <span
      role="timer" aria-live="off" data-tone={view.tone} data-metric={clock.metric}
      data-left-ms={view.leftMs ?? undefined} data-business={live !== undefined && live.calendar !== null ? 'true' : 'false'}
      className={toneClassNames?.[view.tone]} style={style}
    >
      {view.text}
    </span>
  );
}
