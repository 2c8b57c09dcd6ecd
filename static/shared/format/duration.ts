/**
 * Durations for people: the two largest non-zero units ("2 d 3 h", "3 h 20 min", "45 min 10 s"),
 * in Spanish or English through the core i18n catalogue. Seconds appear only under one hour, so a
 * countdown ticks visibly when it matters and stays calm when the deadline is days away.
 */
import { t, type Locale } from '../../../src/core/index';

const UNITS = [
  { key: 'tabs.duration.days', ms: 86_400_000 },
  { key: 'tabs.duration.hours', ms: 3_600_000 },
  { key: 'tabs.duration.minutes', ms: 60_000 },
  { key: 'tabs.duration.seconds', ms: 1_000 },
] as const;

/**
 * Formats the magnitude of `ms` (the sign is the caller's business: "due in" vs "overdue by").
 *
 * @example
 * formatDuration(93_780_000, 'es'); // '1 d 2 h'
 * formatDuration(-125_000, 'en');   // '2 min 5 s'
 */
export function formatDuration(ms: number, locale: Locale): string {
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const showSeconds = rest < 3_600_000;
  const parts: string[] = [];
  for (const unit of UNITS) {
    if (unit.ms === 1_000 && !showSeconds) break;
    const n = Math.floor(rest / unit.ms);
    rest -= n * unit.ms;
    if (n > 0 || parts.length > 0) parts.push(n > 0 ? t(locale, unit.key, { n }) : '');
    if (parts.length === 2) break;
  }
  const shown = parts.filter((p) => p !== '');
  return shown.length === 0 ? t(locale, 'tabs.duration.zero') : shown.join(' ');
}

/**
 * A business duration in hours and minutes (calendar days mean little for business time: an
 * 8-hour working day is not "1 d"), e.g. a remaining SLA goal.
 *
 * @example
 * formatBusinessDuration(30_600_000, 'es'); // '8 h 30 min'
 */
export function formatBusinessDuration(ms: number, locale: Locale): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(t(locale, 'tabs.duration.hours', { n: h }));
  if (m > 0) parts.push(t(locale, 'tabs.duration.minutes', { n: m }));
  return parts.length === 0 ? t(locale, 'tabs.duration.zero') : parts.join(' ');
}
