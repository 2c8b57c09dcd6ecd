/** §1 addBusinessDays is defined for n ≥ 0; invalid input throws. */
import { describe, expect, it } from 'vitest';
import { addBusinessDays, compileCalendar } from '../../src/core/index';
import { officeSpec } from './fixtures';

const office = compileCalendar(officeSpec);

describe('§1 addBusinessDays domain (n ≥ 1; n = 0 returns d)', () => {
  // Contract: "the n-th business day strictly after d (n ≥ 1); n = 0 returns d" + "Invalid input throws".
  it('throws on negative n', () => {
    expect(() => addBusinessDays(office, '2026-11-23', -1)).toThrow(Error);
  });
});
