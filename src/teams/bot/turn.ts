/** What the conversation logic knows about one turn (no SDK types). */
import type { Locale } from '../../core/index';
import type { Actor, Tier } from '../service/types';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export interface TurnInfo {
  actor: Actor;
  locale: Locale;
  /** Teams activity id: the intake key of a ticket filed in this turn. */
  activityId: string;
  conversationId: string;
  conversationKind: ConversationKind;
  /** Makes this channel the one that gets `tier`'s alerts. */
  subscribeChannel(tier: Tier): Promise<void>;
  /** Runs `fn` marked as "filing in this turn" (the notifier then skips the duplicate ticketFiled). */
  filing<T>(fn: () => Promise<T>): Promise<T>;
}

/** Agents and admins see the agent actions; the service checks every action again. */
export function isAgent(actor: Actor): boolean {
  return actor.roles.includes('agent') || actor.roles.includes('admin');
}

/**
 * The idempotency key of a ticket filed from a Teams activity: Teams retries a slow turn with the
 * same activity id, so the retry finds the ticket instead of filing a second one.
 *
 * @example
 * intakeKeyOf('a:conv-1', 'act-9'); // 'teams:a:conv-1:act-9'
 */
export function intakeKeyOf(conversationId: string, activityId: string): string {
  return `teams:${conversationId}:${activityId}`;
}
