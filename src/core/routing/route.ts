import { hasSkills, isAvailable } from './availability';
import type { RoutingAgent, RoutingDecision, RoutingInput, RoutingReasonCode } from './types';

const byId = (a: RoutingAgent, b: RoutingAgent): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function none(code: RoutingReasonCode, params: Record<string, string | number>): RoutingDecision {
  return { agentId: null, reason: { code, params } };
}

/**
 * Picks an agent for a request, deterministically:
 * 1. `manual` strategy → nobody (the ticket waits in the tier queue);
 * 2. candidates = agents of the request's tier with the skills (type, category, language);
 * 3. minus agents marked away or outside their working hours at `now`;
 * 4. minus agents at their `maxOpen` cap (by `loads`);
 * 5. `roundRobin`: the first candidate by id after `lastAssigneeId` (wrapping);
 *    `leastLoaded`: the fewest open tickets, ties by id.
 * The reason code says which step decided (i18n `routing.reason.<code>`).
 *
 * @example
 * route({ strategy: 'leastLoaded', agents, request, loads: { a: 3, b: 1 }, lastAssigneeId: null, now });
 * // { agentId: 'b', reason: { code: 'leastLoaded', params: { tier: 'N1', candidates: 2, load: 1 } } }
 */
export function route(input: RoutingInput): RoutingDecision {
  const { request } = input;
  const tier = request.tier;
  if (input.strategy === 'manual') return none('manual', { tier });
  const inTier = input.agents.filter((a) => a.tiers.includes(tier));
  if (inTier.length === 0) return none('noAgents', { tier });
  const skilled = inTier.filter((a) => hasSkills(a, request));
  if (skilled.length === 0) return none('noSkilledAgent', { tier });
  const available = skilled.filter((a) => isAvailable(a, input.now));
  if (available.length === 0) return none('noneAvailable', { tier });
  const load = (a: RoutingAgent): number => input.loads[a.id] ?? 0;
  const open = available.filter((a) => a.maxOpen === null || load(a) < a.maxOpen).sort(byId);
  const first = open[0];
  if (first === undefined) return none('allAtCapacity', { tier });
  const candidates = open.length;
  if (input.strategy === 'roundRobin') {
    const last = input.lastAssigneeId;
    const next = (last === null ? undefined : open.find((a) => a.id > last)) ?? first;
    return { agentId: next.id, reason: { code: 'roundRobin', params: { tier, candidates } } };
  }
  let best = first;
  for (const a of open) if (load(a) < load(best)) best = a;
  return { agentId: best.id, reason: { code: 'leastLoaded', params: { tier, candidates, load: load(best) } } };
}
