/** Routing glue: gathers loads and the last assignee from the store, then asks the router. */
import { route, settingsDirectory, type RoutingDecision } from '../routing/index';
import type { Directory, TicketStore } from '../ports';
import type { TicketDeps } from './deps';
import type { Ticket } from './model';
import type { Tier } from './external';
import { deskRules } from './rules';

/**
 * The directory in force: the injected one, else the agents listed in the settings.
 *
 * @example
 * await directoryOf(deps).agent('agent-1');
 */
export function directoryOf(deps: Pick<TicketDeps, 'directory' | 'settings'>): Directory {
  if (deps.directory !== undefined) return deps.directory;
  const desk = deskRules(deps.settings);
  return settingsDirectory(desk.routing.agents, desk.admins);
}

/**
 * Open tickets per agent among `agentIds`, not counting `excludeTicketId`: one store query —
 * the store's own `openLoads` when it has one, else one `list({ status: 'open' })` counted here.
 *
 * @example
 * await openLoadsOf(store, ['ana', 'luis'], 't-9'); // { ana: 3, luis: 0 }
 */
export async function openLoadsOf(
  store: TicketStore,
  agentIds: readonly string[],
  excludeTicketId?: string,
): Promise<Record<string, number>> {
  const loads: Record<string, number> = {};
  for (const id of agentIds) loads[id] = 0;
  if (agentIds.length === 0) return loads;
  if (store.openLoads !== undefined) {
    const counted = await store.openLoads(agentIds, excludeTicketId);
    for (const id of agentIds) loads[id] = counted[id] ?? 0;
    return loads;
  }
  const wanted = new Set(agentIds);
  for (const t of await store.list({ status: 'open' })) {
    if (t.id === excludeTicketId || t.assigneeId === null || !wanted.has(t.assigneeId)) continue;
    loads[t.assigneeId] = (loads[t.assigneeId] ?? 0) + 1;
  }
  return loads;
}

/**
 * Who should get `ticket` in `tier` now (see `route`): loads are the agents' open tickets (one
 * query, {@link openLoadsOf}), round robin continues after the assignee of the newest assigned
 * ticket of that tier (a second query, made for round robin only).
 *
 * @example
 * const decision = await chooseAssignee(deps, ticket, 'N2', now); // { agentId: 'ana', reason: … }
 */
export async function chooseAssignee(
  deps: Pick<TicketDeps, 'directory' | 'settings' | 'store'>,
  ticket: Pick<Ticket, 'id' | 'type' | 'category' | 'locale'>,
  tier: Tier,
  now: Date,
): Promise<RoutingDecision> {
  const desk = deskRules(deps.settings);
  const strategy = desk.routing.strategy;
  const request = { type: ticket.type, category: ticket.category, locale: ticket.locale, tier };
  if (strategy === 'manual') return route({ strategy, agents: [], request, loads: {}, lastAssigneeId: null, now });
  const agents = await directoryOf(deps).agentsForTier(tier);
  const ids = agents.map((a) => a.id);
  const loads = await openLoadsOf(deps.store, ids, ticket.id);
  let lastAssigneeId: string | null = null;
  if (strategy === 'roundRobin' && ids.length > 0) {
    const known = new Set(ids);
    const recent = await deps.store.list({ tier, sort: '-createdAt', limit: 50 });
    lastAssigneeId = recent.find((t) => t.id !== ticket.id && t.assigneeId !== null && known.has(t.assigneeId))?.assigneeId ?? null;
  }
  return route({ strategy, agents, request, loads, lastAssigneeId, now });
}
