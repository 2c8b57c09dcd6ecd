import { describe, expect, it } from 'vitest';
import { addBusinessDays, compileCalendar, isBusinessDay, nextLocalDate, subtractBusinessDays } from '../../../src/core/calendar/index';
import { BOGOTA_OFFICE, OFFICE } from './fixtures';

const cal = compileCalendar(BOGOTA_OFFICE);

describe('addBusinessDays — domain.md §B.8 worked examples (Bogotá, Colombian holidays)', () => {
  it.each([
    ['2026-07-10', 15, '2026-08-04'], // 13 and 20 Jul holidays
    ['2026-07-10', 30, '2026-08-27'],
    ['2025-12-19', 10, '2026-01-06'],
    ['2025-12-19', 15, '2026-01-14'], // 12 Jan holiday
    ['2027-03-19', 15, '2027-04-14'], // 22, 25, 26 Mar holidays
    ['2026-06-26', 10, '2026-07-14'],
    ['2026-06-26', 15, '2026-07-22'],
  ])('%s + %i business days = %s', (date, n, expected) => {
    expect(addBusinessDays(cal, date, n)).toBe(expected);
  });

  it.each([
    ['n = 0 returns the date itself, even a holiday', '2026-07-13', 0, '2026-07-13'],
    ['from a Saturday', '2026-03-07', 1, '2026-03-09'],
    ['from a holiday', '2026-07-13', 1, '2026-07-14'],
    ['forwards across the year', '2026-12-31', 1, '2027-01-04'],
    ['a whole year of business days', '2025-12-31', 242, '2026-12-31'],
  ])('%s', (_name, date, n, expected) => {
    expect(addBusinessDays(cal, date, n)).toBe(expected);
  });

  it.each([
    ['backwards over a holiday', '2026-07-14', 1, '2026-07-10'],
    ['backwards across the year', '2027-01-04', 1, '2026-12-31'],
    ['the inverse of §B.8', '2026-08-04', 15, '2026-07-10'],
    ['zero returns the date', '2026-07-13', 0, '2026-07-13'],
  ])('subtractBusinessDays: %s', (_name, date, n, expected) => {
    expect(subtractBusinessDays(cal, date, n)).toBe(expected);
  });

  it('rejects a negative count (the contract defines n ≥ 0)', () => {
    expect(() => addBusinessDays(cal, '2026-11-23', -1)).toThrow(/days/);
    expect(() => subtractBusinessDays(cal, '2026-11-23', -1)).toThrow(/days/);
  });

  it('rejects bad input and never loops', () => {
    expect(() => addBusinessDays(cal, '2026-02-30', 1)).toThrow(/date/);
    expect(() => addBusinessDays(cal, '2026-03-02', 1.5)).toThrow(/days/);
    const closed = compileCalendar({ timeZone: 'UTC', week: {} });
    expect(() => addBusinessDays(closed, '2026-03-02', 1)).toThrow(/20 years/);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-07-13', false], // Chiquinquirá
    ['2026-07-14', true],
    ['2026-03-07', false], // Saturday
    ['2026-04-05', false], // Easter Sunday (a Sunday anyway)
    ['2025-07-21', true],
  ])('%s → %s', (date, expected) => {
    expect(isBusinessDay(cal, date)).toBe(expected);
  });

  it('a day with hours that is fully closed by a closure is still a business day', () => {
    const c = compileCalendar({ timeZone: 'UTC', week: { mon: OFFICE }, closures: [{ from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' }] });
    expect(isBusinessDay(c, '2026-03-02')).toBe(true);
  });
});

describe('nextLocalDate', () => {
  it.each([
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2027-02-28', '2027-03-01'],
  ])('%s → %s', (date, expected) => {
    expect(nextLocalDate(date)).toBe(expected);
  });

  it('rejects an impossible date', () => {
    expect(() => nextLocalDate('2026-13-01')).toThrow(/YYYY-MM-DD/);
  });
});
