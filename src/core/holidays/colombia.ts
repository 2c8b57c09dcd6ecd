import { easterSunday } from './easter';
import { CalendarError } from '../calendar/index';

const DAY_MS = 86_400_000;

/**
 * How a Colombian holiday's date is found.
 * @example
 * const reyes: ColombianHolidayRule = { id: 'reyesMagos', kind: 'nextMonday', month: 1, day: 6 };
 */
export type ColombianHolidayRule =
  | { id: string; kind: 'fixed'; month: number; day: number }
  | { id: string; kind: 'nextMonday'; month: number; day: number; since?: number }
  | { id: string; kind: 'easter'; offset: number };

/**
 * National public holidays of Colombia. `fixed`: never moved; `nextMonday`: Ley 51 de 1983 (Emiliani),
 * moved to the following Monday unless it is a Monday; `easter`: days after Easter Sunday (the
 * Emiliani shift of Ascensión, Corpus Christi and Sagrado Corazón is already in the offset).
 *
 * @example
 * COLOMBIAN_HOLIDAY_RULES.find((r) => r.id === 'chiquinquira'); // { kind: 'nextMonday', month: 7, day: 9, since: 2026 }
 */
export const COLOMBIAN_HOLIDAY_RULES: readonly ColombianHolidayRule[] = [
  { id: 'anoNuevo', kind: 'fixed', month: 1, day: 1 },
  { id: 'reyesMagos', kind: 'nextMonday', month: 1, day: 6 },
  { id: 'sanJose', kind: 'nextMonday', month: 3, day: 19 },
  { id: 'juevesSanto', kind: 'easter', offset: -3 },
  { id: 'viernesSanto', kind: 'easter', offset: -2 },
  { id: 'trabajo', kind: 'fixed', month: 5, day: 1 },
  { id: 'ascension', kind: 'easter', offset: 43 },
  { id: 'corpusChristi', kind: 'easter', offset: 64 },
  { id: 'sagradoCorazon', kind: 'easter', offset: 71 },
  { id: 'sanPedroSanPablo', kind: 'nextMonday', month: 6, day: 29 },
  { id: 'chiquinquira', kind: 'nextMonday', month: 7, day: 9, since: 2026 }, // Ley 2578 de 2026, art. 6
  { id: 'independencia', kind: 'fixed', month: 7, day: 20 },
  { id: 'boyaca', kind: 'fixed', month: 8, day: 7 },
  { id: 'asuncion', kind: 'nextMonday', month: 8, day: 15 },
  { id: 'diaDeLaRaza', kind: 'nextMonday', month: 10, day: 12 },
  { id: 'todosLosSantos', kind: 'nextMonday', month: 11, day: 1 },
  { id: 'independenciaCartagena', kind: 'nextMonday', month: 11, day: 11 },
  { id: 'inmaculada', kind: 'fixed', month: 12, day: 8 },
  { id: 'navidad', kind: 'fixed', month: 12, day: 25 },
];

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dateOf(rule: ColombianHolidayRule, year: number, easter: number): number | null {
  switch (rule.kind) {
    case 'fixed':
      return Date.UTC(year, rule.month - 1, rule.day);
    case 'nextMonday': {
      if (rule.since !== undefined && year < rule.since) return null;
      const ms = Date.UTC(year, rule.month - 1, rule.day);
      const wd = new Date(ms).getUTCDay(); // 0 = Sunday, 1 = Monday
      return ms + ((8 - wd) % 7) * DAY_MS;
    }
    case 'easter':
      return easter + rule.offset * DAY_MS;
  }
}

/**
 * Colombia's national public holidays of `year` (Ley 51 de 1983, Easter-based holidays, Ley 2578 de
 * 2026 from 2026 on), as distinct sorted local dates. Easter Sunday is not one. Years 1984–9999.
 *
 * @example
 * colombianHolidays(2026).length; // 19
 * colombianHolidays(2026).includes('2026-07-13'); // true (Virgen de Chiquinquirá)
 */
export function colombianHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1984 || year > 9999) {
    throw new CalendarError('calendar.invalidArgument', `year: Colombian holiday rules cover 1984–9999, got ${year}`);
  }
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  const dates = new Set<string>();
  for (const rule of COLOMBIAN_HOLIDAY_RULES) {
    const ms = dateOf(rule, year, easter);
    if (ms !== null) dates.add(iso(ms));
  }
  return [...dates].sort();
}
