/**
 * Business durations with seconds ("7 h 59 min 58 s"), so a live SLA countdown visibly ticks.
 * Business time is shown in hours, never days (an 8-hour working day is not "1 d").
 */
import { t, type Locale } from '../../../src/core/index';

/**
 * @example
 * formatBusinessTime(28_798_000, 'es'); // '7 h 59 min 58 s'
 * formatBusinessTime(-61_000, 'en');    // '1 min 1 s'
 */
export function formatBusinessTime(ms: number, locale: Locale): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(t(locale, 'tabs.duration.hours', { n: h }));
  if (h > 0 || m > 0) parts.push(t(locale, 'tabs.duration.minutes', { n: m }));
  parts.push(t(locale, 'tabs.duration.seconds', { n: s }));
  return parts.join(' ');
}
