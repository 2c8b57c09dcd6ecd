/** Inputs of the ticket use cases. Every command names its actor (who did it). */
import type { Locale } from '../../i18n/index';
import type { Actor, EscalationKind, TicketStatus } from '../model';
import type { Level, PqrsKind, Priority, Tier } from '../external';
import type { IntakeRequest } from '../schemas';

/** Input of `fileTicket`. */
export interface FileTicketInput {
  /** Idempotency key: the same key twice files one ticket. */
  intakeKey: string;
  request: IntakeRequest;
  actor: Actor;
  /** Defaults to the request's channel, else `'api'`. */
  locale?: Locale;
  /** When the request was actually received (verbal intake typed in later); defaults to now. */
  receivedAt?: string;
}
interface TicketCommand {
  ticketId: string;
  actor: Actor;
}
/** Input of `replyToTicket`. */
export interface ReplyInput extends TicketCommand {
  message: string;
  public: boolean;
}
/** Input of `changeStatus`. */
export interface ChangeStatusInput extends TicketCommand {
  status: TicketStatus;
  reason?: string;
}
/** Input of `changePriority`. */
export interface ChangePriorityInput extends TicketCommand {
  priority: Priority;
  reason?: string;
  /** The impact/urgency the new priority comes from (stored on the ticket when given). */
  impact?: Level;
  urgency?: Level;
}
/** Input of `changeType` (reclassification, ADR 0086). */
export interface ChangeTypeInput extends TicketCommand {
  type: PqrsKind;
  reason?: string;
}
/** Input of `pauseTicket`. */
export interface PauseInput extends TicketCommand {
  /** `waitingRequester` = Ley 1755 art. 17 (incomplete request). */
  status: 'waitingRequester' | 'waitingThirdParty';
  reason: string;
}
/** Input of `resumeTicket`. */
export interface ResumeInput extends TicketCommand {
  reason?: string;
}
/** Input of `escalateTier`. */
export interface EscalateInput extends TicketCommand {
  direction: 'up' | 'down';
  reason: string;
  /** Jump to this tier instead of the next one in `direction`. */
  toTier?: Tier;
  /** Default `'functional'`. */
  kind?: EscalationKind;
}
/** Input of `extendLegalTerm`. */
export interface ExtendInput extends TicketCommand {
  days: number;
  reason: string;
}
/** Input of `resolveTicket`. */
export interface ResolveInput extends TicketCommand {
  /** Public answer sent to the requester (counts as the first response when none yet). */
  resolution?: string;
}
/** Input of `reopenTicket`. */
export interface ReopenInput extends TicketCommand {
  reason?: string;
}
/** Input of `rateTicket`. */
export interface RateInput extends TicketCommand {
  score: number;
  comment?: string;
}
/** Input of `assignTicket`. */
export interface AssignInput extends TicketCommand {
  assigneeId: string | null;
}
/** Input of `claimTicket` (the actor takes the ticket). */
export type ClaimInput = TicketCommand;
/** Input of `recordAgentPulse`. */
export interface PulseInput {
  actor: Actor;
  score: number;
  comment?: string;
}
