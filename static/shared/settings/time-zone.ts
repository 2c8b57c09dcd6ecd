/** IANA time zones the browser knows (for a `<datalist>`), and a check for one typed by hand. */

/** Every IANA zone the browser lists (empty where `Intl.supportedValuesOf` is missing). */
export const TIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/**
 * True when the browser knows `zone` as an IANA time zone.
 *
 * @example
 * isTimeZone('America/Bogota'); // true
 * isTimeZone('Marte/Olympus');  // false
 */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
