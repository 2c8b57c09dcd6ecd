import { describe, expect, it } from 'vitest';
import { colombianHolidays, easterSunday } from '../../../src/core/holidays/index';
import { compileCalendar, isBusinessDay, nextLocalDate } from '../../../src/core/calendar/index';

/** Literal tables: 2025–2027 from domain.md §B.7 (verified against public sources); the rest computed by hand. */
const TABLES: Record<number, string[]> = {
  2024: ['2024-01-01', '2024-01-08', '2024-03-25', '2024-03-28', '2024-03-29', '2024-05-01', '2024-05-13', '2024-06-03', '2024-06-10',
    '2024-07-01', '2024-07-20', '2024-08-07', '2024-08-19', '2024-10-14', '2024-11-04', '2024-11-11', '2024-12-08', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-06', '2025-03-24', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-02', '2025-06-23', '2025-06-30',
    '2025-07-20', '2025-08-07', '2025-08-18', '2025-10-13', '2025-11-03', '2025-11-17', '2025-12-08', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01', '2026-05-18', '2026-06-08', '2026-06-15',
    '2026-06-29', '2026-07-13', '2026-07-20', '2026-08-07', '2026-08-17', '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08', '2026-12-25'],
  2027: ['2027-01-01', '2027-01-11', '2027-03-22', '2027-03-25', '2027-03-26', '2027-05-01', '2027-05-10', '2027-05-31', '2027-06-07',
    '2027-07-05', '2027-07-12', '2027-07-20', '2027-08-07', '2027-08-16', '2027-10-18', '2027-11-01', '2027-11-15', '2027-12-08', '2027-12-25'],
  2028: ['2028-01-01', '2028-01-10', '2028-03-20', '2028-04-13', '2028-04-14', '2028-05-01', '2028-05-29', '2028-06-19', '2028-06-26',
    '2028-07-03', '2028-07-10', '2028-07-20', '2028-08-07', '2028-08-21', '2028-10-16', '2028-11-06', '2028-11-13', '2028-12-08', '2028-12-25'],
  2029: ['2029-01-01', '2029-01-08', '2029-03-19', '2029-03-29', '2029-03-30', '2029-05-01', '2029-05-14', '2029-06-04', '2029-06-11',
    '2029-07-02', '2029-07-09', '2029-07-20', '2029-08-07', '2029-08-20', '2029-10-15', '2029-11-05', '2029-11-12', '2029-12-08', '2029-12-25'],
  // 2030: Sagrado Corazón (Easter + 71) and San Pedro (29 Jun, Sat) share Mon 1 Jul → 18 distinct dates
  2030: ['2030-01-01', '2030-01-07', '2030-03-25', '2030-04-18', '2030-04-19', '2030-05-01', '2030-06-03', '2030-06-24', '2030-07-01',
    '2030-07-15', '2030-07-20', '2030-08-07', '2030-08-19', '2030-10-14', '2030-11-04', '2030-11-11', '2030-12-08', '2030-12-25'],
};

describe('colombianHolidays', () => {
  it.each(Object.entries(TABLES))('%s matches the literal table', (year, dates) => {
    expect(colombianHolidays(Number(year))).toEqual(dates);
  });

  it.each([[2024, 18], [2025, 17], [2026, 19], [2027, 19], [2030, 18]])('%i has %i distinct dates', (year, n) => {
    expect(colombianHolidays(year)).toHaveLength(n);
  });

  it('Chiquinquirá (Ley 2578/2026) starts in 2026 and moves to Monday', () => {
    expect(colombianHolidays(2025).some((d) => d.startsWith('2025-07-1'))).toBe(false);
    expect(colombianHolidays(2029)).toContain('2029-07-09'); // 9 July 2029 is a Monday
  });

  it('never lists Easter Sunday; the moved holidays fall on Mondays', () => {
    for (let y = 2024; y <= 2040; y++) {
      const list = colombianHolidays(y);
      expect(list).not.toContain(easterSunday(y));
      expect([...new Set(list)]).toEqual(list);
      expect([...list].sort()).toEqual(list);
    }
  });

  it.each([[2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2028, '2028-04-16'], [2029, '2029-04-01'], [2030, '2030-04-21'], [2038, '2038-04-25'], [2285, '2285-03-22']])(
    'easterSunday(%i) = %s', (year, date) => {
      expect(easterSunday(year)).toBe(date);
    });

  it('rejects years before Ley 51 de 1983 and non-integers', () => {
    expect(() => colombianHolidays(1983)).toThrow(/year/);
    expect(() => colombianHolidays(2026.5)).toThrow(/year/);
  });

  it.each([[2025, 245], [2026, 242], [2027, 245]])('Mon–Fri minus holidays: %i has %i business days', (year, expected) => {
    const office = [{ start: '08:00', end: '17:00' }];
    const cal = compileCalendar({
      timeZone: 'America/Bogota',
      week: { mon: office, tue: office, wed: office, thu: office, fri: office },
      holidays: colombianHolidays(year),
    });
    let count = 0;
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = nextLocalDate(d)) if (isBusinessDay(cal, d)) count++;
    expect(count).toBe(expected);
  });
});
