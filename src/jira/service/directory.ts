/**
 * The Jira-mode `Directory`: the agents listed in the settings route tickets; any other Jira
 * account may still hold a ticket (Jira itself decided the assignee is assignable, and a panel or
 * queue assignment is written back to Jira, which refuses unassignable users).
 *
 * With `groups` (ADR 0087) a tier is also its named members and its Jira groups: those accounts
 * join the tier's candidates as agents without skills restrictions, cap or calendar (settings
 * agents keep their own entries). Group members are read once per invocation (shared cache),
 * at most {@link GROUP_AGENTS_LIMIT} per group.
 */
import { deskRules, settingsDirectory, type Directory, type RoutingAgent, type Settings, type Tier } from '../../core/index';
import type { JiraClient } from '../client/jira-client';
import { groupMembers, type GroupCache } from '../notifier/mentions';

/** Most members of one group considered for routing (two pages of the group member API). */
export const GROUP_AGENTS_LIMIT = 100;

const plainAgent = (id: string, tiers: Tier[]): RoutingAgent => ({
  id, name: id, tiers, skills: { types: [], categories: [], languages: [] }, maxOpen: null, calendar: null, away: false,
});

/**
 * The directory of `settings`; pass `groups` to resolve tier groups (one REST page per 50 members).
 *
 * @example
 * const dir = jiraDirectory(doc.settings, { jira: ctx.jira, cache: new Map() });
 * await dir.agentsForTier('N2'); // settings agents of N2, then N2's named members and group members
 */
export function jiraDirectory(settings: Settings, groups?: { jira: JiraClient; cache: GroupCache }): Directory {
  const desk = deskRules(settings);
  const base = settingsDirectory(desk.routing.agents, desk.admins);
  const byTier = new Map<Tier, Promise<RoutingAgent[]>>();
  const withGroups = async (tier: Tier): Promise<RoutingAgent[]> => {
    const agents = await base.agentsForTier(tier);
    if (!groups) return agents;
    const known = new Set(agents.map((a) => a.id));
    const extra: string[] = [...settings.tiers[tier].members];
    for (const group of settings.tiers[tier].groups) extra.push(...(await groupMembers(groups.jira, groups.cache, group, GROUP_AGENTS_LIMIT)));
    for (const id of extra) {
      if (known.has(id)) continue;
      known.add(id);
      agents.push(plainAgent(id, [tier]));
    }
    return agents;
  };
  return {
    agentsForTier: (tier) => {
      const cached = byTier.get(tier) ?? withGroups(tier);
      byTier.set(tier, cached);
      return cached.then((list) => [...list]);
    },
    isAdmin: (id) => base.isAdmin(id),
    agent: async (id) => (await base.agent(id)) ?? plainAgent(id, []),
  };
}
