/**
 * Acceptance: CONTRACT.md §2 — Colombian holidays, legal terms, legal deadlines.
 * Hand lists: Easter 2025 = 04-20, Easter 2026 = 04-05.
 */
import { describe, expect, it } from 'vitest';
import {
  colombianHolidays, compileCalendar, legalDeadline, legalTermDays, type PqrsType,
} from '../../src/core/index';
import { alwaysOpen, bog, officeSpec } from './fixtures';
import { colombianHolidaysOracle } from './oracle';

const H2026 = [
  '2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01', '2026-05-18',
  '2026-06-08', '2026-06-15', '2026-06-29', '2026-07-13', '2026-07-20', '2026-08-07', '2026-08-17',
  '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08', '2026-12-25',
];
const H2025 = [
  '2025-01-01', '2025-01-06', '2025-03-24', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-02',
  '2025-06-23', '2025-06-30', '2025-07-20', '2025-08-07', '2025-08-18', '2025-10-13', '2025-11-03',
  '2025-11-17', '2025-12-08', '2025-12-25',
];

describe('§2 colombianHolidays', () => {
  it('2026: 19 distinct sorted dates, incl. 9 July moved to Monday 2026-07-13', () => {
    const got = colombianHolidays(2026);
    expect(got).toEqual(H2026);
    expect(got).toHaveLength(19);
    expect(got).toContain('2026-07-13');
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual(got);
  });
  it('2025: San Pedro y San Pablo and Sagrado Corazón share Monday 2025-06-30, listed once; no 9 July', () => {
    const got = colombianHolidays(2025);
    expect(got).toEqual(H2025);
    expect(got.filter((d) => d === '2025-06-30')).toHaveLength(1);
    expect(got.some((d) => d.startsWith('2025-07-1'))).toBe(false);
  });
  it('Easter Sunday is not a holiday', () => {
    expect(colombianHolidays(2026)).not.toContain('2026-04-05');
    expect(colombianHolidays(2025)).not.toContain('2025-04-20');
  });
  it('2027 by hand (Reyes Wed 01-06 → 01-11)', () => {
    expect(colombianHolidays(2027)).toEqual([
      '2027-01-01', '2027-01-11', '2027-03-22', '2027-03-25', '2027-03-26', '2027-05-01', '2027-05-10',
      '2027-05-31', '2027-06-07', '2027-07-05', '2027-07-12', '2027-07-20', '2027-08-07', '2027-08-16',
      '2027-10-18', '2027-11-01', '2027-11-15', '2027-12-08', '2027-12-25',
    ]);
  });
  it('matches the oracle for 1990–2080', () => {
    for (let y = 1990; y <= 2080; y += 1) expect(colombianHolidays(y), String(y)).toEqual(colombianHolidaysOracle(y));
  });
});

describe('§2 legalTermDays (Ley 1755/2015 art. 14)', () => {
  it.each<[PqrsType, number | null]>([
    ['peticion', 15], ['queja', 15], ['reclamo', 15], ['sugerencia', 15], ['denuncia', 15],
    ['documentos', 10], ['consulta', 30], ['felicitacion', null],
  ])('%s → %s', (type, days) => {
    expect(legalTermDays(type)).toBe(days);
  });
  it('unknown PQRS type throws', () => {
    // @ts-expect-error deliberately invalid input
    expect(() => legalTermDays('tramite')).toThrow(Error);
  });
});

describe('§2 legalDeadline', () => {
  const cal = compileCalendar({ ...officeSpec, holidays: [...colombianHolidays(2026), ...colombianHolidays(2027)] });
  const due = (receivedAt: Date, type: PqrsType, extensionDays?: number): { dueDate: string; dueAt: string } | null => {
    const r = extensionDays === undefined ? legalDeadline(cal, receivedAt, type) : legalDeadline(cal, receivedAt, type, { extensionDays });
    return r === null ? null : { dueDate: r.dueDate, dueAt: r.dueAt.toISOString() };
  };
  it.each<[string, Date, PqrsType, number | undefined, string, string]>([
    // Mon 11-23 + 15 business days (Dec 8 holiday) = Tue 12-15; dueAt = 12-16 00:00 Bogotá
    ['peticion, Monday in hours', bog('2026-11-23T10:00'), 'peticion', undefined, '2026-12-15', '2026-12-16T05:00:00.000Z'],
    ['after hours, local date still Monday (UTC already Tuesday)', bog('2026-11-23T23:30'), 'peticion', undefined, '2026-12-15', '2026-12-16T05:00:00.000Z'],
    ['before hours', bog('2026-11-23T06:00'), 'queja', undefined, '2026-12-15', '2026-12-16T05:00:00.000Z'],
    ['Saturday receipt counts from Monday', bog('2026-11-28T10:00'), 'reclamo', undefined, '2026-12-21', '2026-12-22T05:00:00.000Z'],
    ['Sunday receipt', bog('2026-11-29T10:00'), 'denuncia', undefined, '2026-12-21', '2026-12-22T05:00:00.000Z'],
    ['Friday after hours', bog('2026-11-27T18:00'), 'sugerencia', undefined, '2026-12-21', '2026-12-22T05:00:00.000Z'],
    ['holiday receipt (Mon 11-16)', bog('2026-11-16T10:00'), 'documentos', undefined, '2026-11-30', '2026-12-01T05:00:00.000Z'],
    ['documentos 10', bog('2026-11-23T10:00'), 'documentos', undefined, '2026-12-07', '2026-12-08T05:00:00.000Z'],
    ['consulta 30 crosses Christmas, New Year and Reyes 2027', bog('2026-11-23T10:00'), 'consulta', undefined, '2027-01-07', '2027-01-08T05:00:00.000Z'],
    ['extension 0', bog('2026-11-23T10:00'), 'peticion', 0, '2026-12-15', '2026-12-16T05:00:00.000Z'],
    ['extension = term is allowed', bog('2026-11-23T10:00'), 'peticion', 15, '2027-01-07', '2027-01-08T05:00:00.000Z'],
    ['documentos + 10', bog('2026-11-23T10:00'), 'documentos', 10, '2026-12-22', '2026-12-23T05:00:00.000Z'],
  ])('%s', (_n, at, type, ext, dueDate, dueAt) => {
    expect(due(at, type, ext)).toEqual({ dueDate, dueAt });
  });
  it('felicitacion has no term: null', () => {
    expect(legalDeadline(cal, bog('2026-11-23T10:00'), 'felicitacion')).toBeNull();
  });
  it('extensionDays > term throws', () => {
    expect(() => legalDeadline(cal, bog('2026-11-23T10:00'), 'peticion', { extensionDays: 16 })).toThrow(Error);
    expect(() => legalDeadline(cal, bog('2026-11-23T10:00'), 'documentos', { extensionDays: 11 })).toThrow(Error);
  });
  it('negative extensionDays throws', () => {
    expect(() => legalDeadline(cal, bog('2026-11-23T10:00'), 'peticion', { extensionDays: -1 })).toThrow(Error);
  });
  it('unknown PQRS type throws', () => {
    // @ts-expect-error deliberately invalid input
    expect(() => legalDeadline(cal, bog('2026-11-23T10:00'), 'tramite')).toThrow(Error);
  });
  it('receipt date is local to the calendar zone (Madrid: 23:30Z Sunday is Monday 00:30)', () => {
    const madrid = compileCalendar({ ...officeSpec, timeZone: 'Europe/Madrid' });
    // Monday 2026-11-23 00:30 CET; 10 business days strictly after Mon 11-23 = Mon 12-07
    const r = legalDeadline(madrid, new Date('2026-11-22T23:30:00Z'), 'documentos');
    expect(r?.dueDate).toBe('2026-12-07');
    expect(r?.dueAt.toISOString()).toBe('2026-12-07T23:00:00.000Z');
  });
  it('dueAt is the first instant of the next local day even when DST ends at midnight (Santiago)', () => {
    // 2026-04-05 00:00 −03 → 2026-04-04 23:00 −04: the local day 04-05 starts at 04:00Z
    const santiago = compileCalendar(alwaysOpen('America/Santiago'));
    const r = legalDeadline(santiago, new Date('2026-03-25T15:00:00Z'), 'documentos');
    expect(r?.dueDate).toBe('2026-04-04');
    expect(r?.dueAt.toISOString()).toBe('2026-04-05T04:00:00.000Z');
  });
  it('dueAt when DST starts at midnight (Santiago: local day 09-06 starts 01:00 −03 = 04:00Z)', () => {
    const santiago = compileCalendar(alwaysOpen('America/Santiago'));
    const r = legalDeadline(santiago, new Date('2026-08-26T15:00:00Z'), 'documentos');
    expect(r?.dueDate).toBe('2026-09-05');
    expect(r?.dueAt.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});
