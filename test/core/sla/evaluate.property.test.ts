import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateSla } from '../../../src/core/sla/index';
import { oracleSla } from './oracle';
import { alwaysOpenPolicy, goalsArb, historyArb, officePolicy } from './arbitraries';

describe('evaluateSla agrees with the minute-stepping oracle', () => {
  it.each([
    ['an office-hours calendar with lunch, Saturday hours and a holiday', officePolicy],
    ['a 24/7 calendar', alwaysOpenPolicy],
  ])('on %s', (_name, policyOf) => {
    fc.assert(
      fc.property(goalsArb, historyArb, (goals, { events, now }) => {
        const policy = policyOf(goals);
        expect(evaluateSla(policy, events, now)).toEqual(oracleSla(policy, events, now));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('elapsed never decreases and breachedAt never moves as now advances', () => {
    fc.assert(
      fc.property(goalsArb, historyArb, fc.integer({ min: 1, max: 3000 }), (goals, { events, now }, step) => {
        const policy = officePolicy(goals);
        const a = evaluateSla(policy, events, now);
        const b = evaluateSla(policy, events, new Date(now.getTime() + step * 60_000));
        for (const i of [0, 1]) {
          expect(b[i]?.elapsedMs ?? 0).toBeGreaterThanOrEqual(a[i]?.elapsedMs ?? 0);
          if (a[i]?.breachedAt) expect(b[i]?.breachedAt).toBe(a[i]?.breachedAt);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
