import { describe, expect, it } from 'vitest';
import { jqlDate } from '../../../src/jira/properties/ventanilla-property';

describe('jqlDate (Jira date index format [YYYY]-[MM]-[DD]T[hh]:[mm]Z)', () => {
  it.each([
    ['2026-03-24T05:00:00.000Z', '2026-03-24T05:00Z'],
    ['2026-03-24T05:00:30.000Z', '2026-03-24T05:01Z'],
    ['2026-12-31T23:59:59.999Z', '2027-01-01T00:00Z'],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(jqlDate(input)).toBe(expected);
  });
});
