import type { Directory } from '../ports';
import type { Tier } from '../tickets/external';
import type { RoutingAgent } from './types';

/**
 * The default {@link Directory}: agents and admins as listed in the settings.
 *
 * @example
 * const dir = settingsDirectory(agents, ['admin@example.org']);
 * await dir.agentsForTier('N1');
 */
export function settingsDirectory(agents: readonly RoutingAgent[], adminIds: readonly string[]): Directory {
  const admins = new Set(adminIds.map((a) => a.toLowerCase()));
  return {
    agentsForTier: (tier: Tier) => Promise.resolve(agents.filter((a) => a.tiers.includes(tier))),
    agent: (id: string) => Promise.resolve(agents.find((a) => a.id === id) ?? null),
    isAdmin: (userId: string) => Promise.resolve(admins.has(userId.toLowerCase())),
  };
}
