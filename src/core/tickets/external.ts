/**
 * The names this module uses from its sibling modules, imported through their barrels
 * (one place to adapt if a sibling renames something).
 */
export type { Priority, Level, PriorityMatrix } from '../priority/index';
export { priorityOf, prioritySchema, levelSchema, DEFAULT_PRIORITY_MATRIX, PRIORITIES } from '../priority/index';
export type { PqrsKind } from '../pqrs/index';
export { pqrsKindSchema, PQRS_KINDS } from '../pqrs/index';
export type { Tier, EscalationRule, EscalationAction } from '../escalation/index';
export { tierSchema, TIERS } from '../escalation/index';
export type { SlaMetric, SlaClock, SlaPolicy, TicketEvent } from '../sla/index';

export type { Settings } from '../settings/index';
