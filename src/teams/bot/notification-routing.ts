/**
 * Who hears about a notification in Teams (translation of the core's events, no rule about when
 * they happen): the requester at every step of their request; the tier's channel when a threshold
 * fires or the requester answers.
 */
import type { Notification } from '../../core/index';
import type { Tier } from '../service/types';

export interface Route {
  requester: boolean;
  /** The tier whose subscribed channel is told, or null. */
  channelTier: Tier | null;
}

/**
 * @example
 * routeOf({ kind: 'slaThreshold', tier: 'N2', ... }); // { requester: false, channelTier: 'N2' }
 */
export function routeOf(n: Notification): Route {
  switch (n.kind) {
    case 'ticketFiled':
      return { requester: n.created, channelTier: null };
    case 'agentReplied':
      return { requester: n.public, channelTier: null };
    case 'statusChanged':
    case 'legalExtended':
    case 'typeChanged':
    case 'resolved':
    case 'reopened':
      return { requester: true, channelTier: null };
    case 'escalated':
      return { requester: true, channelTier: n.trigger === 'threshold' ? n.to : null };
    case 'slaThreshold':
    case 'legalThreshold':
    case 'requesterReplied':
      return { requester: false, channelTier: n.tier };
    case 'priorityChanged':
    case 'assigned':
    case 'rated':
    case 'escalationComment':
      return { requester: false, channelTier: null };
  }
}
