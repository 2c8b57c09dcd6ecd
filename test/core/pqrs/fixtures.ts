import { compileCalendar } from '../../../src/core/calendar/index';
import { colombianHolidays } from '../../../src/core/holidays/index';

/** Bogotá office calendar Mon–Fri with Colombian national holidays 2025–2028. */
export const bogota = compileCalendar({
  timeZone: 'America/Bogota',
  week: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }]]),
  ),
  holidays: [2025, 2026, 2027, 2028].flatMap(colombianHolidays),
});

/** Bogotá local wall time → Date. */
export const at = (date: string, hhmm = '10:00'): Date => new Date(`${date}T${hhmm}:00-05:00`);
