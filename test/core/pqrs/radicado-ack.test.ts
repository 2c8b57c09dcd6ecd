import { describe, it, expect } from 'vitest';
import { formatRadicado, parseRadicado, acknowledgementText } from '../../../src/core/pqrs/index';

describe('radicado', () => {
  it.each([
    [2026, 123, 'PQRS-2026-000123'],
    [2026, 1, 'PQRS-2026-000001'],
    [2027, 999_999, 'PQRS-2027-999999'],
  ])('%i/%i → %s and back', (year, seq, s) => {
    expect(formatRadicado(year, seq)).toBe(s);
    expect(parseRadicado(s)).toEqual({ year, seq });
  });
  it.each([[26, 1], [2026, 0], [2026, 1_000_000], [2026, 1.5]])('rejects %i/%i', (y, n) => {
    expect(() => formatRadicado(y, n)).toThrow();
  });
  it.each(['PQRS-26-000001', 'PQRS-2026-123', 'pqr-2026-000123', 'PQRS-2026-000000', ''])('does not parse %j', (s) => {
    expect(parseRadicado(s)).toBeNull();
  });
  it('tolerates case and spaces', () => {
    expect(parseRadicado(' pqrs-2026-000042 ')).toEqual({ year: 2026, seq: 42 });
  });
});

describe('acknowledgementText', () => {
  it('cites Ley 1755 with the due date (es/en)', () => {
    expect(acknowledgementText('es', { type: 'peticion', radicado: 'PQRS-2026-000123', dueDate: '2026-08-04' })).toBe(
      'Hemos recibido su petición con el número de radicado PQRS-2026-000123. De acuerdo con la Ley 1755 de 2015, artículo 14, le daremos respuesta a más tardar el 4 de agosto de 2026.',
    );
    expect(acknowledgementText('en', { type: 'peticion', radicado: 'PQRS-2026-000123', dueDate: '2026-08-04' })).toBe(
      'We have received your petition with filing number PQRS-2026-000123. Under Law 1755 of 2015, article 14, we will answer by August 4, 2026 at the latest.',
    );
  });
  it('cites Ley 1581 for habeas data', () => {
    expect(acknowledgementText('es', { type: 'habeasReclamo', radicado: 'PQRS-2026-000007', dueDate: '2026-07-22' })).toContain('Ley 1581 de 2012, artículo 15');
  });
  it('has no due date for a felicitación', () => {
    expect(acknowledgementText('es', { type: 'felicitacion', radicado: 'PQRS-2026-000008', dueDate: null })).toBe(
      'Hemos recibido su felicitación con el número de radicado PQRS-2026-000008. ¡Gracias por escribirnos!',
    );
  });
});
