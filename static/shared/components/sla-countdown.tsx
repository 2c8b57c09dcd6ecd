/**
 * A live SLA countdown, design-system neutral (a `<span role="timer">` with a `data-tone` the host
 * UI styles), so the Teams tabs and the Forge Custom UI can both use it.
 */
import type { CSSProperties } from 'react';
import type { SlaClockView } from '../api/schemas';
import { countdownText, type CountdownTone } from '../format/countdown';
import { useNow } from '../hooks/use-now';
import { useI18n } from '../i18n/i18n-context';

export interface SlaCountdownProps {
  clock: SlaClockView;
  /** Ticks every second unless a fixed `now` is given. */
  now?: Date;
  /** A class per tone (ok, warning, danger, neutral, success), so each design system styles it. */
  toneClassNames?: Partial<Record<CountdownTone, string>>;
  style?: CSSProperties;
}

export function SlaCountdown({ clock, now, toneClassNames, style }: SlaCountdownProps) {
  const ticking = useNow();
  const { locale } = useI18n();
  const view = countdownText(clock, now ?? ticking, locale);
  return (
    <span role="timer" aria-live="off" data-tone={view.tone} data-metric={clock.metric} className={toneClassNames?.[view.tone]} style={style}>
      {view.text}
    </span>
  );
}
