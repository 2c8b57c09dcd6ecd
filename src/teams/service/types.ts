/**
 * The Teams side's use-case facade. The HTTP tab API and the bot both call a `TicketService`; it
 * translates adapter input into core use-case calls (no business rule lives here or in them).
 *
 * Conventions:
 * - Every method takes the calling {@link Actor} (identified by the adapter: SSO token, Bot
 *   Framework activity, or `X-Ventanilla-User` in local mode) and checks its role.
 * - Expected failures come back as `{ ok: false, error }` with a stable `code` (see
 *   {@link ServiceErrorCode}); render them with `serviceErrorBody(error, locale)` from
 *   `./errors`. Unexpected failures throw.
 * - Inputs typed `unknown` are validated inside with zod (so the bot can pass card data as is).
 */
import type { CalendarSpec } from '../../core/index';
import type {
  Channel, IntakeRequest, Locale, MetricsView, PqrsKind, PreviewView, Priority, SettingsDoc, Tier, TicketView as CoreTicketView,
} from './core-types';

export type { Channel, IntakeRequest, Locale, MetricsView, PqrsKind, PreviewView, Priority, SettingsDoc, Tier };

/**
 * What the tabs need to tick the SLA clocks live in business time (additive, optional: the core
 * view contract is unchanged, and a service that cannot tell leaves them out).
 */
export interface SlaLiveFields {
  /** The instant the SLA clocks of this view were evaluated (ISO). */
  evaluatedAt?: string;
  /** The SLA policy in force for the ticket. */
  policyId?: string;
  /** That policy's business calendar (a list response moves it to `calendars[policyId]`). */
  slaCalendar?: CalendarSpec;
}

/** The ticket view the Teams service returns: the core view plus {@link SlaLiveFields}. */
export type TicketView = CoreTicketView & SlaLiveFields;

/** Roles on the Teams side: admins are also agents; everybody is a requester. */
export type Role = 'requester' | 'agent' | 'admin';

/** The person calling the service. `id`: Entra object id (or the e-mail in local mode). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
}

/** What an adapter knows about a caller before roles are looked up in the settings. */
export interface Identity {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/** Stable error codes the service returns (each has an i18n message `server.error.<code>` or a core one). */
export type ServiceErrorCode =
  | 'invalid_request'
  | 'invalid_settings'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'idempotency_mismatch'
  | (string & {});

/** An expected failure: stable code, message parameters, and for validation the failing paths. */
export interface ServiceError {
  code: ServiceErrorCode;
  /** i18n key of the message when it is not derived from the code. */
  messageKey?: string;
  params?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Validation problems (`invalid_request`, `invalid_settings`). */
  issues?: { path: string; message: string }[];
}

export type ServiceResult<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

/** Result of filing: `created` is false when the intake key (or Idempotency-Key) was seen before. */
export interface FiledTicket {
  ticket: TicketView;
  created: boolean;
}

/** Queue filters (`GET /api/tickets?view=queue&…`). Every given filter must match. */
export interface QueueFilters {
  tier?: Tier;
  type?: PqrsKind;
  priority?: Priority;
  channel?: Channel;
  breached?: boolean;
  /** Only tickets assigned to this agent id; `null` = unassigned only. */
  assigneeId?: string | null;
}

/** A local-date window `'YYYY-MM-DD'`, `[from, to)` as the core's metrics define it. */
export interface DateRange {
  from: string;
  to: string;
}

/** Every action on an existing ticket; same bodies as `POST /api/tickets/:id/<kind>`. */
export type TicketAction =
  | { kind: 'reply'; message: string; public: boolean }
  | { kind: 'status'; status: 'open' | 'inProgress' | 'waitingRequester' | 'waitingThirdParty' | 'closed'; reason?: string }
  | { kind: 'priority'; priority: Priority; reason?: string }
  | { kind: 'pause'; reason: string; status?: 'waitingRequester' | 'waitingThirdParty' }
  | { kind: 'resume'; reason?: string }
  | { kind: 'escalate'; direction: 'up' | 'down'; reason: string; toTier?: Tier }
  | { kind: 'extend'; days: number; reason: string }
  | { kind: 'resolve'; resolution?: string }
  | { kind: 'reopen'; reason?: string }
  | { kind: 'rate'; score: number; comment?: string }
  | { kind: 'claim' }
  | { kind: 'assign'; assigneeId: string | null };
export type TicketActionKind = TicketAction['kind'];

/** A stored settings version (who/when). */
export interface SettingsVersion {
  version: number;
  settings: SettingsDoc;
  savedBy: string | null;
  savedAt: string;
}

/** The facade both the HTTP API and the bot call. */
export interface TicketService {
  /** Roles for an identity, from the settings (admin group, agent list). */
  identify(identity: Identity): Promise<Actor>;
  /**
   * Files a request. `intake` is validated (IntakeRequest); `intakeKey` makes it idempotent (bot:
   * `teams:<conversation id>:<activity id>`; API: `api:<Idempotency-Key>` or a fresh id).
   */
  fileTicket(intake: unknown, actor: Actor, intakeKey: string, locale: Locale): Promise<ServiceResult<FiledTicket>>;
  /** A ticket by id; requesters only see their own (else `not_found`). */
  get(ticketId: string, actor: Actor): Promise<ServiceResult<TicketView>>;
  /** A ticket by radicado, e.g. `PQRS-2026-000123` (case-insensitive). */
  getByNumber(number: string, actor: Actor): Promise<ServiceResult<TicketView>>;
  /** The actor's own requests, newest first. */
  listMine(actor: Actor): Promise<ServiceResult<TicketView[]>>;
  /** Open tickets for agents, sorted by time to breach (soonest first). */
  listQueue(filters: QueueFilters, actor: Actor): Promise<ServiceResult<TicketView[]>>;
  /** Runs one action (`action` is validated as a {@link TicketAction}). */
  act(ticketId: string, action: unknown, actor: Actor): Promise<ServiceResult<TicketView>>;
  /** The nine metrics + SLA/legal compliance for the range (agents). */
  metrics(range: DateRange, actor: Actor): Promise<ServiceResult<MetricsView>>;
  /** The semiannual PQRS report as CSV text (agents). */
  semiannualCsv(range: DateRange, actor: Actor): Promise<ServiceResult<string>>;
  /** Current settings (admins; agents read them too). */
  getSettings(actor: Actor): Promise<ServiceResult<SettingsVersion>>;
  /** Validates and stores a new settings version (admins); recomputes open tickets. */
  saveSettings(settings: unknown, actor: Actor, locale?: Locale): Promise<ServiceResult<SettingsVersion>>;
  /** What-if: "filed now, due on …" under proposed settings, without saving (admins). */
  preview(input: unknown, actor: Actor, locale?: Locale): Promise<ServiceResult<PreviewView>>;
  /** An agent's weekly pulse `{ score: 1–5, comment? }`. */
  recordPulse(input: unknown, actor: Actor): Promise<ServiceResult<{ recorded: true }>>;
}

/** Who a stored conversation reference reaches: a user (1:1 chat) or a channel (per tier / team). */
export type ConversationScope = 'user' | 'channel';

/** A Bot Framework conversation reference, stored as plain JSON (the bot parses it on the way out). */
export type ConversationReferenceJson = Readonly<Record<string, unknown>>;

/** Persistence of conversation references for proactive messages (SQLite in the server). */
export interface ConversationStore {
  /** Inserts or replaces the reference for (`scope`, `key`), e.g. ('user', aadObjectId) or ('channel', 'N2'). */
  save(scope: ConversationScope, key: string, reference: ConversationReferenceJson): Promise<void>;
  get(scope: ConversationScope, key: string): Promise<ConversationReferenceJson | null>;
  /** Every stored (key, reference) of a scope. */
  list(scope: ConversationScope): Promise<{ key: string; reference: ConversationReferenceJson }[]>;
  delete(scope: ConversationScope, key: string): Promise<void>;
}
