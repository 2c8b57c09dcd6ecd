/**
 * What the ticket use cases need from the settings, resolved for one ticket: the single adapter
 * between the settings module's schema and the ticket engine.
 */
import type { BusinessCalendar } from '../calendar/index';
import type { SuspensionMode } from '../pqrs/index';
import type { ExtendedEscalationRule } from '../escalation/index';
import type { RoutingAgent, RoutingStrategy } from '../routing/index';
import type { PriorityMatrix } from '../priority/index';
import { calendarSpecOf, slaPolicyOf } from '../settings/index';
import { calendarFor, selectPolicy } from '../sla/index';
import type { Channel } from './model';
import type { PqrsKind, Priority, Settings, SlaPolicy, Tier } from './external';

/** The rules in force for one ticket. */
export interface TicketRules {
  policyId: string;
  policy: SlaPolicy;
  /** Compiled SLA calendar (business hours of the policy). */
  slaCalendar: BusinessCalendar;
  /** Compiled calendar legal terms count business days in. */
  legalCalendar: BusinessCalendar;
  escalationRules: ExtendedEscalationRule[];
  /** Percentages of the legal term at which to alert (100 = due). */
  legalAlertPercents: number[];
  suspensionMode: SuspensionMode;
}

/** Rules that do not depend on the ticket. */
export interface DeskRules {
  priorityMatrix: PriorityMatrix;
  initialTier: Tier;
  routing: { strategy: RoutingStrategy; agents: RoutingAgent[] };
  admins: string[];
}

/**
 * The rules for a ticket of this type/channel/priority: the first matching SLA policy (throws
 * when none matches — validated settings always end with a catch-all), its calendar, the
 * escalation rules and the legal-term settings.
 *
 * @example
 * rulesFor(colombiaPreset(), { type: 'consulta', channel: 'web', priority: 'P3' }).policyId; // 'consultas'
 */
export function rulesFor(settings: Settings, subject: { type: PqrsKind; channel: Channel; priority: Priority }): TicketRules {
  const chosen = selectPolicy(settings.slaPolicies, subject);
  if (chosen === null) throw new Error(`no SLA policy matches ${subject.type}/${subject.channel}/${subject.priority}`);
  const policy = slaPolicyOf(settings, chosen.id);
  return {
    policyId: chosen.id,
    policy,
    slaCalendar: calendarFor(policy.calendar),
    legalCalendar: calendarFor(calendarSpecOf(settings, settings.legal.calendarId)),
    escalationRules: settings.escalationRules,
    legalAlertPercents: settings.legal.alertPercents,
    suspensionMode: settings.legal.suspensionMode,
  };
}

/**
 * The ticket-independent rules: priority matrix, initial tier, routing (the `skills` strategy
 * is least-loaded among skilled agents; skills filter under every strategy) and admins.
 *
 * @example
 * deskRules(colombiaPreset()).routing.strategy; // 'leastLoaded'
 */
export function deskRules(settings: Settings): DeskRules {
  const s = settings.routing.strategy;
  const strategy: RoutingStrategy = s === 'skills' ? 'leastLoaded' : s;
  const agents: RoutingAgent[] = settings.agents.map((a) => ({
    id: a.id,
    name: a.name,
    tiers: (['N1', 'N2', 'N3', 'N4'] as const).filter((t) => a.tiers.includes(t) || settings.tiers[t].members.includes(a.id)),
    skills: { types: a.skills.types, categories: a.skills.categories, languages: a.skills.languages },
    maxOpen: a.cap,
    calendar: a.calendarId === null ? null : calendarSpecOf(settings, a.calendarId),
    away: a.away,
  }));
  return { priorityMatrix: settings.priorityMatrix, initialTier: settings.initialTier, routing: { strategy, agents }, admins: settings.admins };
}
