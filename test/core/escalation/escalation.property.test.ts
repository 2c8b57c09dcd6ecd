import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dueEscalations, nextEscalationAt, nextWakeUpForRules, thresholdMs } from '../../../src/core/escalation/index';
import { compileSlaPolicy, evaluateSla } from '../../../src/core/sla/index';
import { goalsArb, historyArb, officePolicy, alwaysOpenPolicy } from '../sla/arbitraries';

const ruleArb = fc.record({
  metric: fc.constantFrom('firstResponse' as const, 'resolution' as const),
  atPercent: fc.constantFrom(25, 50, 75, 90, 100, 120, 33.3),
  action: fc.constantFrom('notify' as const),
});
const rulesArb = fc.array(ruleArb, { minLength: 1, maxLength: 6 });
const policyArb = fc.tuple(goalsArb, fc.boolean()).map(([g, office]) => (office ? officePolicy(g) : alwaysOpenPolicy(g)));

describe('escalation properties', () => {
  it('each rule fires exactly once across any sequence of sweeps, and only once reached', () => {
    fc.assert(
      fc.property(policyArb, historyArb, rulesArb, fc.array(fc.integer({ min: 0, max: 8 * 1440 }), { minLength: 1, maxLength: 8 }), (policy, { events }, rules, offsets) => {
        const start = Date.parse(events[0]?.at ?? '');
        const fired = new Set<string>();
        const sweeps = [...offsets].sort((a, b) => a - b).map((m) => new Date(start + m * 60_000));
        for (const now of sweeps) {
          const clocks = evaluateSla(policy, events, now);
          for (const a of dueEscalations('T', rules, clocks, fired, now)) {
            expect(fired.has(a.key)).toBe(false);
            const c = clocks.find((x) => x.metric === a.metric);
            expect(c && c.elapsedMs >= thresholdMs(c.goalMs, a.atPercent)).toBe(true);
            fired.add(a.key);
          }
          // replaying the same sweep acts on nothing
          expect(dueEscalations('T', rules, clocks, fired, now)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('nextWakeUpForRules is exactly the first instant dueEscalations returns a new action', () => {
    fc.assert(
      fc.property(policyArb, historyArb, rulesArb, (policy, { events }, rules) => {
        const lastAt = Math.max(...events.map((e) => Date.parse(e.at)));
        const now = new Date(lastAt); // nothing happens after now
        const cal = compileSlaPolicy(policy).calendar;
        const clocks = evaluateSla(policy, events, now);
        const fired = new Set(dueEscalations('T', rules, clocks, new Set(), now).map((a) => a.key));
        const next = nextWakeUpForRules('T', cal, rules, clocks, fired, now);
        // the contract's function only looks at running clocks: the same answer when none is breached
        const contractNext = nextEscalationAt('T', cal, rules, clocks, fired, now);
        if (!clocks.some((c) => c.state === 'breached')) expect(contractNext).toBe(next);
        else if (contractNext !== null && next !== null) expect(Date.parse(contractNext)).toBeGreaterThanOrEqual(Date.parse(next));
        if (next === null) {
          const far = new Date(lastAt + 60 * 86_400_000);
          expect(dueEscalations('T', rules, evaluateSla(policy, events, far), fired, far)).toEqual([]);
          return;
        }
        const at = Date.parse(next);
        expect(at).toBeGreaterThan(now.getTime());
        const before = new Date(at - 1);
        expect(dueEscalations('T', rules, evaluateSla(policy, events, before), fired, before)).toEqual([]);
        const atDate = new Date(at);
        expect(dueEscalations('T', rules, evaluateSla(policy, events, atDate), fired, atDate).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
