/**
 * The ticket aggregate: current state plus an append-only history. Every instant is an ISO-8601
 * UTC string (`Date.prototype.toISOString()`), every local date `'YYYY-MM-DD'`.
 */
import type { Locale } from '../i18n/index';
import type { NotificationDetail } from '../ports';
import type { Level, PqrsKind, Priority, SlaMetric, Tier } from './external';

/** Lifecycle statuses. `waitingRequester` is the Ley 1755 art. 17 suspension (incomplete request). */
export type TicketStatus = 'open' | 'inProgress' | 'waitingRequester' | 'waitingThirdParty' | 'resolved' | 'closed';
/**
 * Every lifecycle status, in lifecycle order.
 *
 * @example
 * TICKET_STATUSES.includes('closed'); // true
 */
export const TICKET_STATUSES: readonly TicketStatus[] = [
  'open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved', 'closed',
];
/**
 * Statuses in which a ticket is done (not in any queue).
 *
 * @example
 * DONE_STATUSES.includes(ticket.status); // true once resolved or closed
 */
export const DONE_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];
/**
 * Statuses that mean "waiting on someone else" (pause/resume).
 *
 * @example
 * PAUSE_STATUSES.includes('waitingThirdParty'); // true
 */
export const PAUSE_STATUSES: readonly TicketStatus[] = ['waitingRequester', 'waitingThirdParty'];

/** Where a request came in. `verbal`/`phone`: Decreto 1166/2016 verbal petitions. */
export type Channel = 'teams' | 'web' | 'email' | 'jira' | 'phone' | 'verbal' | 'api';
/**
 * Every intake channel.
 *
 * @example
 * CHANNELS.includes('verbal'); // true
 */
export const CHANNELS: readonly Channel[] = ['teams', 'web', 'email', 'jira', 'phone', 'verbal', 'api'];

/** The person who filed the request. Personal data: never logged. */
export interface Requester {
  name: string;
  email: string;
  userId?: string;
}

/** Who did something. `system` is the scheduler/sweep (id `'system'`). */
export type ActorRole = 'requester' | 'agent' | 'admin' | 'system';
/** Who did something: a user id (or `system`) and the role it acted in. */
export interface Actor {
  id: string;
  role: ActorRole;
}
/**
 * The actor of automatic changes (scheduler, sweep).
 *
 * @example
 * entry.actor.id === SYSTEM_ACTOR.id; // an automatic change
 */
export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };

/** The statutory term of a PQRS (null on the ticket when the type has none, e.g. felicitación). */
export interface LegalState {
  /** Base term in business days (Ley 1755/2015 art. 14 or the preset). */
  termDays: number;
  /** Days added by the one extension (0 until extended). */
  extensionDays: number;
  /** Local date the term runs to (inclusive). */
  dueDate: string;
  /** First instant after the due date (the term runs to the end of `dueDate`). */
  dueAt: string;
  /** When the extension was granted, or null. */
  extendedAt: string | null;
  /**
   * Since when the term is suspended (Ley 1755 art. 17, waiting for the requester), or null.
   * While suspended, `dueDate`/`dueAt` show the due date as it stood before the suspension.
   */
  suspendedSince: string | null;
}

/** Customer satisfaction: score 1–5 given once by the requester after resolution. */
export interface Csat {
  score: number;
  comment: string | null;
  at: string;
}

/** Why a ticket moved to another tier. */
export type EscalationKind = 'functional' | 'hierarchical';

interface EntryBase {
  at: string;
  actor: Actor;
}
/** One fact in the append-only history; the SLA clocks are a pure function of these. */
export type TicketHistoryEntry =
  | (EntryBase & { type: 'created'; status: TicketStatus; priority: Priority; tier: Tier; channel: Channel })
  | (EntryBase & { type: 'replied'; by: 'agent' | 'requester'; public: boolean; message: string })
  | (EntryBase & { type: 'statusChanged'; from: TicketStatus; to: TicketStatus; reason: string | null })
  | (EntryBase & { type: 'priorityChanged'; from: Priority; to: Priority; reason: string | null })
  /** Reclassification of the PQRS type (ADR 0086): the legal term and SLA policy follow the new type. */
  | (EntryBase & { type: 'typeChanged'; from: PqrsKind; to: PqrsKind; reason: string | null })
  | (EntryBase & { type: 'tierChanged'; from: Tier; to: Tier; kind: EscalationKind; reason: string })
  | (EntryBase & { type: 'assigned'; from: string | null; to: string | null; reason: string | null })
  | (EntryBase & { type: 'legalExtended'; days: number; reason: string; dueDate: string; dueAt: string })
  | (EntryBase & { type: 'resolved'; from: TicketStatus; resolution: string | null })
  | (EntryBase & { type: 'reopened'; to: TicketStatus; reason: string | null })
  | (EntryBase & { type: 'rated'; score: number; comment: string | null })
  | (EntryBase & {
      type: 'escalationFired';
      key: string;
      source: SlaMetric | 'legal';
      atPercent: number;
      action: 'notify' | 'escalate';
      toTier: Tier | null;
    });
/** The `type` of a {@link TicketHistoryEntry}. */
export type TicketHistoryType = TicketHistoryEntry['type'];

/** The ticket aggregate. `version` is the optimistic-concurrency token (stores bump it on save). */
export interface Ticket {
  id: string;
  /** Radicado, e.g. `'PQRS-2026-000042'` (formatRadicado). */
  number: string;
  /** Idempotency key of the intake (Teams activity id, web-trigger message id, Jira issue id, …). */
  intakeKey: string;
  type: PqrsKind;
  subject: string;
  description: string;
  impact: Level;
  urgency: Level;
  priority: Priority;
  channel: Channel;
  status: TicketStatus;
  tier: Tier;
  assigneeId: string | null;
  category: string | null;
  locale: Locale;
  requester: Requester;
  /** When the request was received (legal terms count from here). */
  receivedAt: string;
  legal: LegalState | null;
  history: TicketHistoryEntry[];
  /** Escalation/alert keys already acted on (`${id}:${metric}:${percent}`, `${id}:legal:${percent}`). */
  fired: string[];
  csat: Csat | null;
  /** The next instant the scheduler must look at this ticket, or null. */
  nextWakeUpAt: string | null;
  /** True once any SLA clock or the legal term is breached. */
  breached: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  /**
   * Notifications recorded in the same save as the change that caused them and not yet delivered
   * (transactional outbox, ADR 0025). Absent or empty once delivered. While any is pending,
   * `nextWakeUpAt` is at most the earliest one's `at`, so a scheduler redelivers after a crash.
   */
  outbox?: PendingNotification[];
}

/** A notification waiting in a ticket's {@link Ticket.outbox}. */
export interface PendingNotification {
  /** Stable delivery key `${ticketId}:notify:${version}:${index}` (unique per ticket). */
  key: string;
  /** When it was recorded (ISO). */
  at: string;
  detail: NotificationDetail;
}

/** An agent's well-being pulse (agent satisfaction metric). */
export interface AgentPulse {
  id: string;
  agentId: string;
  score: number;
  comment: string | null;
  at: string;
}
