/** Routing glue: gathers loads and the last assignee from the store, then asks the router. */
import { route, settingsDirectory, type RoutingDecision } from '../routing/index';
import type { Directory } from '../ports';
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
 * Who should get `ticket` in `tier` now (see `route`): loads are the agents' open tickets,
 * round robin continues after the assignee of the newest assigned ticket of that tier.
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
  const loads: Record<string, number> = {};
  for (const a of agents) {
    const open = await deps.store.list({ status: 'open', assigneeId: a.id });
    loads[a.id] = open.filter((t) => t.id !== ticket.id).length;
  }
  const ids = new Set(agents.map((a) => a.id));
  const recent = await deps.store.list({ tier, sort: '-createdAt', limit: 50 });
  const last = recent.find((t) => t.id !== ticket.id && t.assigneeId !== null && ids.has(t.assigneeId));
  return route({ strategy, agents, request, loads, lastAssigneeId: last?.assigneeId ?? null, now });
}
