/** Tickets: the aggregate, its history, the use cases and the API view. */
export * from '../ports';
export * from './model';
export type { DomainError, Result, TicketErrorCode } from './result';
export { ok, fail } from './result';
export type { TicketDeps, PulseDeps } from './deps';
export * from './schemas';
export type * from './use-cases/inputs';
export * from './use-cases/index';
export type { TicketView } from './view-types';
export { toTicketView } from './view';
export { slaEventsOf } from './sla-events';
export { evaluateTicket, recomputeTicket, type TicketEvaluation } from './evaluate';
export { legalStateOf, legalProgress, legalAlertKey, type LegalProgress } from './legal';
export { rulesFor, deskRules, type TicketRules, type DeskRules } from './rules';
export { notificationFor } from './notifications';
export { typeChangedText, type TypeChangedFacts } from './reclassify-text';
export {
  deliverPendingNotifications, outboxKey, withPendingNotifications, withoutDelivered, type OutboxDeps,
} from './outbox';
export { chooseAssignee, directoryOf, openLoadsOf } from './assignment';
export {
  isDone, isPaused, isRequesterOf, isStaff, firstResponseAt, firstAnsweredAt, lastResolvedAt, suspensionsOf,
  statusBeforePause,
} from './projection';
