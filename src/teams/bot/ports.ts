/**
 * What the bot needs from its host (the Teams server). Nothing here imports botbuilder.
 */
import type { Clock, Ids } from '../../core/index';
import type { ConversationReferenceJson, ConversationScope, ConversationStore, TicketService } from '../service/types';

export type { ConversationReferenceJson, ConversationScope, ConversationStore, TicketService };

/** Bot identity and limits. Without `appId` the bot is anonymous (local mode: no inbound auth). */
export interface BotConfig {
  /** Entra app (bot) id; when set, every inbound activity must carry a valid Bot Framework JWT. */
  appId?: string;
  appPassword?: string;
  /** Tenant of a SingleTenant bot. */
  tenantId?: string;
  /** Default `SingleTenant` when an app id is set (multi-tenant creation is deprecated). */
  appType?: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  /** Local mode only: who the anonymous chat user is (default: the seeded demo requester). */
  localUser?: { email: string; name: string };
  /** Proactive send limits (Teams: 7/s per conversation, 50/s per app and tenant). */
  limits?: Partial<SendLimits>;
}

export interface SendLimits {
  perConversationPerSecond: number;
  perTenantPerSecond: number;
  /** Attempts per message when Teams answers 429 (the first send included). */
  maxAttempts: number;
}

export const DEFAULT_LIMITS: SendLimits = { perConversationPerSecond: 7, perTenantPerSecond: 50, maxAttempts: 5 };

/** Log fields: ids and codes only, never names, e-mails, texts or secrets. */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;
export interface BotLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Timers the send queue waits with (tests pass manual timers that move with a fake clock). */
export interface Timers {
  /** Runs `fn` after `ms`; the returned function cancels it. */
  schedule(fn: () => void, ms: number): () => void;
}

export const systemTimers: Timers = {
  schedule(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/** Everything `createBot` needs. */
export interface BotDeps {
  config: BotConfig;
  tickets: TicketService;
  conversations: ConversationStore;
  clock: Clock;
  logger: BotLogger;
  /** Default: real timers. */
  timers?: Timers;
  /** Intake-form tokens and message ids (default: random UUIDs). */
  ids?: Ids;
  /**
   * Where queued proactive messages are kept until Teams accepted them (ADR 0088). Default: in
   * memory (a crash loses what was queued); the server passes the SQLite store.
   */
  sendStore?: SendStore;
}

/** One proactive message waiting for the Bot Connector (ADR 0088). */
export interface OutgoingMessage {
  /** Stable id: the same notification handed over again maps to the same id. */
  id: string;
  conversationKey: string;
  tenantKey: string;
  /** Conversation reference JSON (parsed again before sending). */
  reference: Readonly<Record<string, unknown>>;
  /** Adaptive Card JSON. */
  card: Readonly<Record<string, unknown>>;
  /** For logs: ticket id (or null), notification kind, route. */
  ticketId: string | null;
  kind: string;
  to: string;
}

/** The durable hand-off of proactive messages. */
export interface SendStore {
  /**
   * Stores the messages in one transaction; resolves once durable, with the ids actually stored
   * (an id already queued, or already sent, is skipped).
   */
  add(messages: readonly OutgoingMessage[]): Promise<readonly string[]>;
  /** Forgets a message Teams accepted (2xx) or that was given up. */
  remove(id: string): Promise<void>;
  /** Everything still stored, oldest first. */
  pending(): Promise<OutgoingMessage[]>;
}
