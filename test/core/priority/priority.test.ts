import { describe, it, expect } from 'vitest';
import { priorityOf, priorityMatrixSchema, DEFAULT_PRIORITY_MATRIX, type Level, type Priority } from '../../../src/core/priority/index';

describe('priorityOf (ITIL 3×3, domain.md §C.1)', () => {
  const table: [Level, Level, Priority][] = [
    ['alta', 'alta', 'P1'], ['alta', 'media', 'P2'], ['alta', 'baja', 'P3'],
    ['media', 'alta', 'P2'], ['media', 'media', 'P3'], ['media', 'baja', 'P4'],
    ['baja', 'alta', 'P3'], ['baja', 'media', 'P4'], ['baja', 'baja', 'P5'],
  ];
  it.each(table)('impact %s × urgency %s → %s', (impact, urgency, p) => {
    expect(priorityOf(impact, urgency)).toBe(p);
  });

  it('uses a custom matrix', () => {
    const m = priorityMatrixSchema.parse({ ...DEFAULT_PRIORITY_MATRIX, baja: { alta: 'P2', media: 'P4', baja: 'P4' } });
    expect(priorityOf('baja', 'alta', m)).toBe('P2');
    expect(priorityOf('baja', 'baja', m)).toBe('P4');
  });

  it('rejects a matrix with an unknown priority', () => {
    expect(priorityMatrixSchema.safeParse({ ...DEFAULT_PRIORITY_MATRIX, alta: { alta: 'P0', media: 'P2', baja: 'P3' } }).success).toBe(false);
  });
});
