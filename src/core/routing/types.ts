import type { CalendarSpec } from '../calendar/index';
import type { Locale } from '../i18n/index';
import type { PqrsKind, Tier } from '../tickets/external';

/** How a new or escalated ticket picks an agent. */
export type RoutingStrategy = 'roundRobin' | 'leastLoaded' | 'manual';

/** An agent as routing sees it. Empty skill lists mean "any". */
export interface RoutingAgent {
  id: string;
  name: string;
  tiers: Tier[];
  skills: { types: PqrsKind[]; categories: string[]; languages: Locale[] };
  /** Most open tickets at once (least-loaded honours it; round robin too), null = no cap. */
  maxOpen: number | null;
  /** Working hours; null = always available. */
  calendar: CalendarSpec | null;
  /** Marked away (vacation, sick leave): never picked. */
  away: boolean;
}

/** What is being routed. */
export interface RoutingRequest {
  type: PqrsKind;
  category: string | null;
  locale: Locale;
  tier: Tier;
}

/** Stable reason codes; the i18n key is `routing.reason.<code>`. */
export type RoutingReasonCode =
  | 'manual'
  | 'roundRobin'
  | 'leastLoaded'
  | 'noAgents'
  | 'noSkilledAgent'
  | 'noneAvailable'
  | 'allAtCapacity';

/** A routing decision and why. */
export interface RoutingDecision {
  agentId: string | null;
  reason: { code: RoutingReasonCode; params: Record<string, string | number> };
}

/** Everything a decision depends on (no I/O: loads and the last assignee are passed in). */
export interface RoutingInput {
  strategy: RoutingStrategy;
  agents: readonly RoutingAgent[];
  request: RoutingRequest;
  /** Open tickets per agent id (missing = 0). */
  loads: Readonly<Record<string, number>>;
  /** Who got the previous ticket of this pool (round robin continues after them). */
  lastAssigneeId: string | null;
  now: Date;
}
