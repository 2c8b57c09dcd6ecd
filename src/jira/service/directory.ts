/**
 * The Jira-mode `Directory`: the agents listed in the settings route tickets; any other Jira
 * account may still hold a ticket (Jira itself decided the assignee is assignable, and a panel or
 * queue assignment is written back to Jira, which refuses unassignable users).
 */
import { deskRules, settingsDirectory, type Directory, type Settings } from '../../core/index';

export function jiraDirectory(settings: Settings): Directory {
  const desk = deskRules(settings);
  const base = settingsDirectory(desk.routing.agents, desk.admins);
  return {
    agentsForTier: (tier) => base.agentsForTier(tier),
    isAdmin: (id) => base.isAdmin(id),
    agent: async (id) =>
      (await base.agent(id)) ?? {
        id, name: id, tiers: [], skills: { types: [], categories: [], languages: [] }, maxOpen: null, calendar: null, away: false,
      },
  };
}
