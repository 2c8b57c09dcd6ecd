/**
 * Dates for people, in es-CO or en-US. Instants are shown in the viewer's time zone (or the one
 * given); local dates ('YYYY-MM-DD', e.g. a legal due date) are shown as written, never shifted.
 */
import type { Locale } from '../../../src/core/index';

const TAGS: Record<Locale, string> = { es: 'es-CO', en: 'en-US' };

/**
 * An ISO instant as date and time.
 *
 * @example
 * formatInstant('2026-03-02T15:30:00Z', 'es', 'America/Bogota'); // '2 de marzo de 2026, 10:30 a. m.'
 */
export function formatInstant(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/**
 * A local date 'YYYY-MM-DD' with its weekday, whatever the viewer's zone.
 *
 * @example
 * formatLocalDate('2026-03-24', 'en'); // 'Tuesday, March 24, 2026'
 */
export function formatLocalDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** Today's local date 'YYYY-MM-DD' in the viewer's zone, `days` later (negative: earlier). */
export function localDateOffset(now: Date, days: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
