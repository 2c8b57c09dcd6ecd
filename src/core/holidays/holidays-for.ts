import Holidays from 'date-holidays';
import { CalendarError } from '../calendar/index';
import { colombianHolidays } from './colombia';

/**
 * Where {@link holidaysFor} takes a country's holidays from.
 * @example
 * holidaysFor('DE', 2026, { state: 'BY' }); // Bavaria
 */
export interface HolidaysForOptions {
  /** ISO 3166-2 subdivision code understood by date-holidays, e.g. `'MD'` for Madrid in `'ES'`. */
  state?: string;
  /** region code within the state (date-holidays). */
  region?: string;
  /**
   * `'auto'` (default): Colombia without state/region uses the own rule table ({@link colombianHolidays}),
   * every other country date-holidays. `'date-holidays'` forces the package (for comparison).
   */
  source?: 'auto' | 'date-holidays';
}

const instances = new Map<string, Holidays>();

function instanceFor(country: string, state?: string, region?: string): Holidays {
  const key = `${country}|${state ?? ''}|${region ?? ''}`;
  let hd = instances.get(key);
  if (!hd) {
    hd = new Holidays();
    if (!Object.hasOwn(hd.getCountries(), country)) {
      throw new CalendarError('calendar.invalidArgument', `country: '${country}' is not a country date-holidays knows`);
    }
    if (state !== undefined && region !== undefined) hd.init(country, state, region);
    else if (state !== undefined) hd.init(country, state);
    else hd.init(country);
    instances.set(key, hd);
  }
  return hd;
}

/**
 * Public holidays of a country (and optional state/region) in `year`, as distinct sorted local dates
 * `'YYYY-MM-DD'`, ready for `CalendarSpec.holidays`. Colombia comes from the own rule table; other
 * countries from the `date-holidays` package (type `public` only; a holiday spanning several days
 * lists each date).
 *
 * @example
 * holidaysFor('CO', 2026).length; // 19
 * holidaysFor('ES', 2026, { state: 'MD' }).includes('2026-05-02'); // true (Community of Madrid day)
 */
export function holidaysFor(country: string, year: number, opts: HolidaysForOptions = {}): string[] {
  const code = country.toUpperCase();
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new CalendarError('calendar.invalidArgument', `year: must be an integer 1000–9999, got ${year}`);
  }
  if (code === 'CO' && opts.state === undefined && opts.region === undefined && opts.source !== 'date-holidays') {
    return colombianHolidays(year);
  }
  const dates = new Set<string>();
  for (const h of instanceFor(code, opts.state, opts.region).getHolidays(year)) {
    if (h.type !== 'public') continue;
    const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < days; i++) {
      const d = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      if (d.startsWith(`${year}-`)) dates.add(d);
    }
  }
  return [...dates].sort();
}
