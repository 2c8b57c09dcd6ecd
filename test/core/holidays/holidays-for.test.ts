import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { colombianHolidays, easterSunday, holidaysFor } from '../../../src/core/holidays/index';

describe('holidaysFor', () => {
  it('Colombia uses the own rule table', () => {
    expect(holidaysFor('CO', 2026)).toEqual(colombianHolidays(2026));
    expect(holidaysFor('co', 2027)).toEqual(colombianHolidays(2027));
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])('cross-check %i: date-holidays (CO) = own table + Easter Sunday', (year) => {
    // date-holidays 3.37 lists Easter Sunday ("Domingo de Pascua") as public for CO; it is not a legal holiday
    const viaPackage = holidaysFor('CO', year, { source: 'date-holidays' });
    expect(viaPackage.filter((d) => d !== easterSunday(year))).toEqual(colombianHolidays(year));
    expect(viaPackage).toContain(easterSunday(year));
  });

  it('reads public holidays of other countries and subdivisions as local dates', () => {
    const madrid = holidaysFor('ES', 2026, { state: 'MD' });
    expect(madrid).toContain('2026-05-02'); // Fiesta de la Comunidad de Madrid
    expect(madrid).toContain('2026-12-25');
    const us = holidaysFor('US', 2026);
    expect(us).toEqual(expect.arrayContaining(['2026-01-01', '2026-07-03', '2026-07-04', '2026-11-26', '2026-12-25']));
    expect(us.every((d) => d.startsWith('2026-'))).toBe(true);
  });

  it('keeps only type "public" (no observances)', () => {
    const all = new Holidays('CO').getHolidays(2026).filter((h) => h.type !== 'public').map((h) => h.date.slice(0, 10));
    expect(all).toContain('2026-03-29'); // Domingo de Ramos, an observance
    expect(holidaysFor('CO', 2026, { source: 'date-holidays' })).not.toContain('2026-03-29');
  });

  it('rejects unknown countries and bad years', () => {
    expect(() => holidaysFor('XX', 2026)).toThrow(/country/);
    expect(() => holidaysFor('ES', 99)).toThrow(/year/);
  });
});
