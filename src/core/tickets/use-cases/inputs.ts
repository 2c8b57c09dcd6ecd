/** Inputs of the ticket use cases. Every command names its actor (who did it). */
import type { Locale } from '../../i18n/index';
import type { Actor, EscalationKind, TicketStatus } from '../model';
import type { Priority, Tier } from '../external';
import type { IntakeRequest } from '../schemas';

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
export interface ReplyInput extends TicketCommand {
  message: string;
  public: boolean;
}
export interface ChangeStatusInput extends TicketCommand {
  status: TicketStatus;
  reason?: string;
}
export interface ChangePriorityInput extends TicketCommand {
  priority: Priority;
  reason?: string;
}
export interface PauseInput extends TicketCommand {
  /** `waitingRequester` = Ley 1755 art. 17 (incomplete request). */
  status: 'waitingRequester' | 'waitingThirdParty';
  reason: string;
}
export interface ResumeInput extends TicketCommand {
  reason?: string;
}
export interface EscalateInput extends TicketCommand {
  direction: 'up' | 'down';
  reason: string;
  /** Jump to this tier instead of the next one in `direction`. */
  toTier?: Tier;
  /** Default `'functional'`. */
  kind?: EscalationKind;
}
export interface ExtendInput extends TicketCommand {
  days: number;
  reason: string;
}
export interface ResolveInput extends TicketCommand {
  /** Public answer sent to the requester (counts as the first response when none yet). */
  resolution?: string;
}
export interface ReopenInput extends TicketCommand {
  reason?: string;
}
export interface RateInput extends TicketCommand {
  score: number;
  comment?: string;
}
export interface AssignInput extends TicketCommand {
  assigneeId: string | null;
}
export type ClaimInput = TicketCommand;
export interface PulseInput {
  actor: Actor;
  score: number;
  comment?: string;
}
