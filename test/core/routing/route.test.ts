import { describe, expect, it } from 'vitest';
import { route, settingsDirectory, type RoutingAgent, type RoutingInput } from '../../../src/core/index';

const OFFICE = { start: '08:00', end: '17:00' };
const agent = (id: string, patch: Partial<RoutingAgent> = {}): RoutingAgent => ({
  id, name: id, tiers: ['N1'], skills: { types: [], categories: [], languages: [] }, maxOpen: null, calendar: null, away: false, ...patch,
});
const base: RoutingInput = {
  strategy: 'leastLoaded',
  agents: [agent('b'), agent('a'), agent('c')],
  request: { type: 'peticion', category: null, locale: 'es', tier: 'N1' },
  loads: {},
  lastAssigneeId: null,
  now: new Date('2026-03-02T14:00:00.000Z'), // Mon 09:00 Bogotá
};

describe('route', () => {
  it.each<[string, Partial<RoutingInput>, string | null, string]>([
    ['manual leaves it unassigned', { strategy: 'manual' }, null, 'manual'],
    ['least loaded picks the fewest open', { loads: { a: 3, b: 1, c: 2 } }, 'b', 'leastLoaded'],
    ['least loaded ties break by id', { loads: { a: 1, b: 1, c: 1 } }, 'a', 'leastLoaded'],
    ['caps exclude full agents', { loads: { a: 0, b: 2, c: 5 }, agents: [agent('a', { maxOpen: 0 }), agent('b', { maxOpen: 3 }), agent('c')] }, 'b', 'leastLoaded'],
    ['all at cap', { loads: { a: 2 }, agents: [agent('a', { maxOpen: 2 })] }, null, 'allAtCapacity'],
    ['round robin starts at the lowest id', { strategy: 'roundRobin' }, 'a', 'roundRobin'],
    ['round robin continues after the last assignee', { strategy: 'roundRobin', lastAssigneeId: 'a' }, 'b', 'roundRobin'],
    ['round robin wraps', { strategy: 'roundRobin', lastAssigneeId: 'c' }, 'a', 'roundRobin'],
    ['round robin skips a departed last assignee', { strategy: 'roundRobin', lastAssigneeId: 'bb' }, 'c', 'roundRobin'],
    ['round robin honours caps', { strategy: 'roundRobin', lastAssigneeId: 'a', loads: { b: 1 }, agents: [agent('a'), agent('b', { maxOpen: 1 }), agent('c')] }, 'c', 'roundRobin'],
    ['no agents in the tier', { request: { ...base.request, tier: 'N2' } }, null, 'noAgents'],
    ['type skill', { agents: [agent('a', { skills: { types: ['queja'], categories: [], languages: [] } }), agent('b', { skills: { types: ['peticion'], categories: [], languages: [] } })] }, 'b', 'leastLoaded'],
    ['category skill', { request: { ...base.request, category: 'salud' }, agents: [agent('a', { skills: { types: [], categories: ['vías'], languages: [] } }), agent('b', { skills: { types: [], categories: ['salud'], languages: [] } })] }, 'b', 'leastLoaded'],
    ['language skill', { request: { ...base.request, locale: 'en' }, agents: [agent('a', { skills: { types: [], categories: [], languages: ['es'] } }), agent('b', { skills: { types: [], categories: [], languages: ['en', 'es'] } })] }, 'b', 'leastLoaded'],
    ['nobody skilled', { agents: [agent('a', { skills: { types: ['queja'], categories: [], languages: [] } })] }, null, 'noSkilledAgent'],
    ['away agents are skipped', { agents: [agent('a', { away: true }), agent('b')] }, 'b', 'leastLoaded'],
    ['everyone away', { agents: [agent('a', { away: true })] }, null, 'noneAvailable'],
    ['agents outside their hours are skipped', {
      agents: [agent('a', { calendar: { timeZone: 'America/Bogota', week: { mon: [{ start: '13:00', end: '17:00' }] } } }), agent('b', { calendar: { timeZone: 'America/Bogota', week: { mon: [OFFICE] } } })],
    }, 'b', 'leastLoaded'],
    ['an agent whose hours end exactly now is off', {
      now: new Date('2026-03-02T22:00:00.000Z'), agents: [agent('a', { calendar: { timeZone: 'America/Bogota', week: { mon: [OFFICE] } } })],
    }, null, 'noneAvailable'],
  ])('%s', (_name, patch, agentId, code) => {
    const decision = route({ ...base, ...patch });
    expect(decision.agentId).toBe(agentId);
    expect(decision.reason.code).toBe(code);
  });

  it('explains the decision with params for the message', () => {
    expect(route({ ...base, loads: { a: 2, b: 0, c: 1 } })).toEqual({
      agentId: 'b', reason: { code: 'leastLoaded', params: { tier: 'N1', candidates: 3, load: 0 } },
    });
  });

  it('is deterministic whatever the order of the agents', () => {
    const reversed = route({ ...base, agents: [...base.agents].reverse(), strategy: 'roundRobin', lastAssigneeId: 'a' });
    expect(reversed.agentId).toBe(route({ ...base, strategy: 'roundRobin', lastAssigneeId: 'a' }).agentId);
  });
});

describe('settingsDirectory', () => {
  it('lists agents per tier, finds by id and knows admins case-insensitively', async () => {
    const dir = settingsDirectory([agent('a'), agent('b', { tiers: ['N2'] })], ['Admin@Example.org']);
    expect((await dir.agentsForTier('N2')).map((x) => x.id)).toEqual(['b']);
    expect((await dir.agent('a'))?.id).toBe('a');
    expect(await dir.agent('z')).toBeNull();
    expect(await dir.isAdmin('admin@example.org')).toBe(true);
    expect(await dir.isAdmin('a')).toBe(false);
  });
});
