import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route, type RoutingAgent } from '../../../src/core/index';

const agentArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  tiers: fc.subarray(['N1', 'N2'] as const, { minLength: 1 }),
  types: fc.subarray(['peticion', 'queja'] as const),
  away: fc.boolean(),
  maxOpen: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
}).map(({ id, tiers, types, away, maxOpen }): RoutingAgent => ({
  id, name: id, tiers: [...tiers], skills: { types: [...types], categories: [], languages: [] }, maxOpen, calendar: null, away,
}));
const uniqueAgents = fc.uniqueArray(agentArb, { selector: (a) => a.id, maxLength: 5 });
const loadsArb = fc.record({ a: fc.nat(4), b: fc.nat(4), c: fc.nat(4), d: fc.nat(4), e: fc.nat(4) });
const loadOf = (loads: Record<string, number>, id: string): number => loads[id] ?? 0;
const request = { type: 'queja' as const, category: null, locale: 'es' as const, tier: 'N1' as const };
const now = new Date('2026-03-02T14:00:00.000Z');

/** The oracle: every rule written out plainly. */
function eligible(agents: RoutingAgent[], loads: Record<string, number>): RoutingAgent[] {
  return agents.filter((a) =>
    a.tiers.includes('N1') && (a.skills.types.length === 0 || a.skills.types.includes('queja')) && !a.away
    && (a.maxOpen === null || (loads[a.id] ?? 0) < a.maxOpen));
}

describe('route against a naive oracle', () => {
  it('least loaded: someone iff anyone is eligible, with the minimum load and the smallest id among ties', () => {
    fc.assert(fc.property(uniqueAgents, loadsArb, (agents, loads) => {
      const d = route({ strategy: 'leastLoaded', agents, request, loads, lastAssigneeId: null, now });
      const ok = eligible(agents, loads);
      if (ok.length === 0) {
        expect(d.agentId).toBeNull();
        return;
      }
      const min = Math.min(...ok.map((a) => loadOf(loads, a.id)));
      const best = ok.filter((a) => loadOf(loads, a.id) === min).map((a) => a.id).sort()[0];
      expect(d.agentId).toBe(best);
    }));
  });

  it('round robin: the next eligible id after the last assignee, wrapping', () => {
    fc.assert(fc.property(uniqueAgents, loadsArb, fc.constantFrom(null, 'a', 'b', 'c', 'd', 'e'), (agents, loads, last) => {
      const d = route({ strategy: 'roundRobin', agents, request, loads, lastAssigneeId: last, now });
      const ids = eligible(agents, loads).map((a) => a.id).sort();
      if (ids.length === 0) {
        expect(d.agentId).toBeNull();
        return;
      }
      const next = (last === null ? undefined : ids.find((id) => id > last)) ?? ids[0];
      expect(d.agentId).toBe(next);
    }));
  });
});
