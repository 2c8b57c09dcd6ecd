import type { CalendarSpec } from '../calendar/index';
import { colombianHolidays, holidaysFor } from '../holidays/index';
import type { SlaPolicy } from '../sla/index';
import type { CalendarSettings, Settings } from './schema';

/**
 * The effective CalendarSpec of a calendar entry: its spec, with the generated holidays merged
 * in (sorted, distinct) when a holiday generator is set.
 *
 * @example
 * effectiveCalendarSpec({ id: 'bog', name: 'Bogotá', spec, holidayGenerator: { country: 'CO', years: { from: 2026, to: 2026 } } })
 *   .holidays?.length; // 19
 */
export function effectiveCalendarSpec(cal: CalendarSettings): CalendarSpec {
  const gen = cal.holidayGenerator;
  if (gen === undefined) return cal.spec;
  const all = new Set(cal.spec.holidays ?? []);
  const country = gen.country.toUpperCase();
  for (let y = gen.years.from; y <= gen.years.to; y++) {
    for (const d of country === 'CO' ? colombianHolidays(y) : holidaysFor(country, y)) all.add(d);
  }
  return { ...cal.spec, holidays: [...all].sort() };
}

const specCache = new WeakMap<Settings, Map<string, CalendarSpec>>();
const policyCache = new WeakMap<Settings, Map<string, SlaPolicy>>();

function memo<T>(cache: WeakMap<Settings, Map<string, T>>, s: Settings, key: string, make: () => T): T {
  let m = cache.get(s);
  if (m === undefined) {
    m = new Map();
    cache.set(s, m);
  }
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

/**
 * The effective CalendarSpec of calendar `id` (same object on every call for the same settings
 * object, so compiled calendars are cached downstream). Throws when there is no such calendar.
 *
 * @example
 * calendarSpecOf(colombiaPreset(), 'bogota').timeZone; // 'America/Bogota'
 */
export function calendarSpecOf(settings: Settings, id: string): CalendarSpec {
  return memo(specCache, settings, id, () => {
    const cal = settings.calendars.find((c) => c.id === id);
    if (cal === undefined) throw new Error(`calendar '${id}' is not in the settings`);
    return effectiveCalendarSpec(cal);
  });
}

/**
 * The contract {@link SlaPolicy} of policy `id` (cached per settings object). Throws when unknown.
 *
 * @example
 * evaluateSla(slaPolicyOf(settings, 'default'), events, now);
 */
export function slaPolicyOf(settings: Settings, id: string): SlaPolicy {
  return memo(policyCache, settings, id, () => {
    const p = settings.slaPolicies.find((x) => x.id === id);
    if (p === undefined) throw new Error(`SLA policy '${id}' is not in the settings`);
    return { calendar: calendarSpecOf(settings, p.calendarId), goals: p.goals, pauseStatuses: [...p.pauseStatuses] };
  });
}
