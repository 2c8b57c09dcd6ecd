/**
 * Adaptive Card 1.5 builders: pure functions from view data to card JSON, with no SDK import, so
 * they survive a move from botbuilder to the Microsoft 365 Agents SDK unchanged.
 */
export type * from './types';
export { CARD_SCHEMA } from './elements';
export { VERBS, SUBMIT_SCHEMAS, IntakeFormSchema, FormIdSchema, FormTokenSchema, isVerb, type Verb, type IntakeForm } from './verbs';
export { welcomeCard } from './welcome-card';
export { intakeFormCard, INTAKE_FIELDS, type IntakeField, type IntakeFormState } from './intake-form-card';
export { ackCard, ticketCard, agentActions } from './ticket-cards';
export { myRequestsCard, queueCard, LIST_LIMIT } from './list-cards';
export { csatCard, pulseCard, messageCard } from './survey-cards';
export { notificationCard, notificationText } from './notification-card';
