/**
 * The interfaces the adapters implement (hexagonal ports). The use cases in `tickets/` talk to
 * the world only through these. Every store passes test/contracts/ticket-store.contract.ts.
 */
import type { Locale } from './i18n/index';
import type { AgentPulse, Channel, Ticket, TicketStatus } from './tickets/model';
import type { PqrsKind, Priority, SlaMetric, Tier } from './tickets/external';
import type { RoutingAgent } from './routing/index';

/** The only source of "now". Adapters pass a system clock; tests a FixedClock. */
export interface Clock {
  now(): Date;
}

/** Generates unique ids (uuid in adapters, a counter in tests). */
export interface Ids {
  newId(): string;
}

/** Filters for {@link TicketStore.list}. Every given filter must match (AND). */
export interface TicketQuery {
  /** `'open'`: every status except resolved/closed; `'closed'`: resolved or closed. */
  status?: 'open' | 'closed';
  /** Exact statuses (any of). */
  statuses?: TicketStatus[];
  requesterEmail?: string;
  /** `null` = unassigned. */
  assigneeId?: string | null;
  tier?: Tier;
  type?: PqrsKind;
  priority?: Priority;
  channel?: Channel;
  breached?: boolean;
  /** ISO instant, inclusive lower bound on createdAt. */
  createdFrom?: string;
  /** ISO instant, exclusive upper bound on createdAt. */
  createdTo?: string;
  /** Default `'createdAt'` (oldest first); ties by id. */
  sort?: TicketSort;
  limit?: number;
}
/** Sort orders of {@link TicketQuery.sort}: `-` = descending; ties by id. */
export type TicketSort = 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt' | 'nextWakeUpAt';

/**
 * Stable code of a lost optimistic-concurrency race.
 *
 * @example
 * if (isConcurrencyError(e)) e.code === CONFLICT; // true
 */
export const CONFLICT = 'conflict';

/**
 * Thrown by {@link TicketStore.save} when the stored version is not the expected one (or absent).
 *
 * @example
 * throw new ConcurrencyError('t-1', 3, 4); // code 'conflict'
 */
export class ConcurrencyError extends Error {
  readonly code = CONFLICT;
  constructor(
    readonly ticketId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(`Ticket ${ticketId}: expected version ${expectedVersion}, found ${actualVersion ?? 'none'}`);
    this.name = 'ConcurrencyError';
  }
}

/**
 * True for a {@link ConcurrencyError} (also across module copies).
 *
 * @example
 * try { await store.save(t, v); } catch (e) { if (!isConcurrencyError(e)) throw e; }
 */
export function isConcurrencyError(error: unknown): error is ConcurrencyError {
  return error instanceof ConcurrencyError || (error instanceof Error && 'code' in error && error.code === CONFLICT);
}

/** Persistence of tickets. All methods are async; all results are copies the caller may mutate. */
export interface TicketStore {
  /**
   * Stores `ticket` as given, unless a ticket with the same `intakeKey` exists: then returns that
   * one with `created: false` (also under concurrent creates with the same key).
   */
  create(ticket: Ticket): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | null>;
  getByNumber(number: string): Promise<Ticket | null>;
  findByIntakeKey(key: string): Promise<Ticket | null>;
  /**
   * Replaces the ticket when the stored version equals `expectedVersion`, storing and returning it
   * with `version = expectedVersion + 1`; otherwise throws {@link ConcurrencyError}.
   */
  save(ticket: Ticket, expectedVersion: number): Promise<Ticket>;
  list(query: TicketQuery): Promise<Ticket[]>;
  /** Next radicado sequence for `year`: 1, 2, 3, … without gaps or repeats, also concurrently. */
  nextSequence(year: number): Promise<number>;
  /** Tickets with `nextWakeUpAt <= before`, earliest first (ties by id), at most `limit`. */
  dueForWakeUp(before: Date, limit: number): Promise<Ticket[]>;
  /**
   * Optional: how many open (not resolved/closed) tickets each of `assigneeIds` holds, not counting
   * `excludeTicketId` — in one query (e.g. `SELECT assignee_id, COUNT(*) … GROUP BY assignee_id`).
   * Ids without tickets may be missing (= 0). Routing falls back to one `list({ status: 'open' })`
   * when a store does not implement it.
   */
  openLoads?(assigneeIds: readonly string[], excludeTicketId?: string): Promise<Record<string, number>>;
}

/** Persistence of agent pulses (agent-satisfaction metric). */
export interface PulseStore {
  add(pulse: AgentPulse): Promise<void>;
  /** Pulses with `from <= at < to` (ISO instants), oldest first. */
  list(from: string, to: string): Promise<AgentPulse[]>;
}

/** Who to tell, without free text: adapters render cards/messages from the i18n catalogue. */
export interface NotificationBase {
  ticketId: string;
  number: string;
  locale: Locale;
  requester: { email: string; userId?: string };
  assigneeId: string | null;
  tier: Tier;
  /**
   * The outbox key of this delivery (`${ticketId}:notify:${version}:${index}`): the same key on a
   * redelivery after a crash, so a receiver can drop duplicates. Absent on notifications built
   * outside the outbox.
   */
  deliveryKey?: string;
}
/** What happened (the part of a notification that is not the ticket reference). */
export type NotificationDetail =
    | { kind: 'ticketFiled'; created: boolean }
    | { kind: 'agentReplied'; public: boolean }
    | { kind: 'requesterReplied' }
    | { kind: 'statusChanged'; from: TicketStatus; to: TicketStatus }
    | { kind: 'priorityChanged'; from: Priority; to: Priority }
    /** The PQRS type was reclassified; `legalDueDate` is the new legal due date (null: no term). */
    | { kind: 'typeChanged'; from: PqrsKind; to: PqrsKind; legalDueDate: string | null }
    | { kind: 'assigned'; from: string | null; to: string | null }
    | { kind: 'escalated'; from: Tier; to: Tier; trigger: 'manual' | 'threshold'; key: string | null }
    | { kind: 'slaThreshold'; key: string; metric: SlaMetric; atPercent: number }
    | { kind: 'legalThreshold'; key: string; atPercent: number; dueDate: string }
    | { kind: 'legalExtended'; days: number; dueDate: string }
    | { kind: 'resolved'; csatRequested: boolean }
    | { kind: 'reopened' }
    | { kind: 'rated'; score: number }
    | { kind: 'escalationComment'; key: string; messageKey: string; internal: boolean };
/** A notification as the {@link Notifier} receives it: ticket reference + what happened. */
export type Notification = NotificationBase & NotificationDetail;
/** The kinds of {@link Notification}. */
export type NotificationKind = Notification['kind'];

/** Delivers notifications (Teams proactive message, Jira comment, e-mail, …). */
export interface Notifier {
  notify(notification: Notification): Promise<void>;
}

/** Who works where. The default implementation reads the settings (`settingsDirectory`). */
export interface Directory {
  agentsForTier(tier: Tier): Promise<RoutingAgent[]>;
  agent(id: string): Promise<RoutingAgent | null>;
  isAdmin(userId: string): Promise<boolean>;
}
