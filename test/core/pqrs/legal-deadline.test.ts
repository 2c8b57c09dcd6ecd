import { describe, it, expect } from 'vitest';
import { legalDeadline, legalTermDays, maxExtensionDays, PQRS_KINDS, PQRS_TYPES, pqrsTypeSchema, type PqrsKind } from '../../../src/core/pqrs/index';
import { bogota, at } from './fixtures';

describe('legalTermDays (Ley 1755 art. 14; Ley 1581 arts. 14–15)', () => {
  it.each([
    ['peticion', 15], ['queja', 15], ['reclamo', 15], ['sugerencia', 15], ['denuncia', 15],
    ['documentos', 10], ['consulta', 30], ['felicitacion', null], ['habeasConsulta', 10], ['habeasReclamo', 15],
  ] as const)('%s → %s', (type, days) => {
    expect(legalTermDays(type)).toBe(days);
  });

  it('the contract type keeps its 8 members; kinds add the 2 habeas data requests', () => {
    expect(PQRS_TYPES).toHaveLength(8);
    expect(PQRS_KINDS).toHaveLength(10);
    expect(pqrsTypeSchema.safeParse('habeasConsulta').success).toBe(false);
  });

  it('extension caps: the term under Ley 1755, +5/+8 under Ley 1581', () => {
    expect(maxExtensionDays('peticion')).toBe(15);
    expect(maxExtensionDays('consulta')).toBe(30);
    expect(maxExtensionDays('habeasConsulta')).toBe(5);
    expect(maxExtensionDays('habeasReclamo')).toBe(8);
    expect(maxExtensionDays('felicitacion')).toBe(0);
  });
});

describe('legalDeadline — domain.md §B.8 worked examples', () => {
  const table: [string, PqrsKind, number, string][] = [
    ['2026-07-10', 'peticion', 0, '2026-08-04'],
    ['2026-07-10', 'peticion', 15, '2026-08-27'],
    ['2025-12-19', 'documentos', 0, '2026-01-06'],
    ['2025-12-19', 'peticion', 0, '2026-01-14'],
    ['2027-03-19', 'peticion', 0, '2027-04-14'],
    ['2026-06-26', 'habeasConsulta', 0, '2026-07-14'],
    ['2026-06-26', 'habeasReclamo', 0, '2026-07-22'],
    ['2026-06-26', 'habeasReclamo', 8, '2026-08-03'],
  ];
  it.each(table)('received %s, %s +%i → due %s', (received, type, ext, due) => {
    const r = legalDeadline(bogota, at(received), type, { extensionDays: ext });
    expect(r?.dueDate).toBe(due);
    // the term runs to the end of the due date: dueAt is local midnight after it (UTC−5)
    const next = new Date(`${due}T00:00:00-05:00`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(r?.dueAt.toISOString()).toBe(next.toISOString());
  });

  it('receipt date is the local date in Bogotá: 22:00 Friday local is still Friday', () => {
    // 2026-07-11T03:00Z is Fri 2026-07-10 22:00 in Bogotá
    expect(legalDeadline(bogota, new Date('2026-07-11T03:00:00Z'), 'peticion')?.dueDate).toBe('2026-08-04');
  });

  it('a receipt on a holiday or weekend counts from the next business day', () => {
    expect(legalDeadline(bogota, at('2026-07-11'), 'peticion')?.dueDate).toBe('2026-08-04');
    expect(legalDeadline(bogota, at('2026-07-13'), 'peticion')?.dueDate).toBe('2026-08-04');
  });

  it('felicitación has no term', () => {
    expect(legalDeadline(bogota, at('2026-07-10'), 'felicitacion')).toBeNull();
  });

  it('throws when the extension exceeds the legal maximum or is not a whole number', () => {
    expect(() => legalDeadline(bogota, at('2026-07-10'), 'peticion', { extensionDays: 16 })).toThrow(/exceeds/);
    expect(() => legalDeadline(bogota, at('2026-07-10'), 'habeasConsulta', { extensionDays: 6 })).toThrow(/exceeds/);
    expect(() => legalDeadline(bogota, at('2026-07-10'), 'peticion', { extensionDays: -1 })).toThrow();
    expect(() => legalDeadline(bogota, at('2026-07-10'), 'peticion', { extensionDays: 1.5 })).toThrow();
  });
});
