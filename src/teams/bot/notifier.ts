/**
 * The core's `Notifier` port for Teams: proactive cards to the requester's 1:1 chat and to the
 * channel subscribed to a tier, through the rate-limited {@link SendQueue}. `notify` returns once
 * the messages are queued; delivery failures are logged with the ticket id (never personal data).
 */
import { resolveLocale, type Notification, type Notifier } from '../../core/index';
import { csatCard, notificationCard, pulseCard, type AdaptiveCard } from '../cards/index';
import type { FilingScope } from './filing-scope';
import type { BotLogger, ConversationReferenceJson, ConversationStore } from './ports';
import { conversationKey, parseReference, tenantKey, type StoredReference } from './references';
import { statusOf } from './retry-after';
import type { SendQueue } from './send-queue';
import { routeOf } from './notification-routing';

export interface NotifierDeps {
  appId: string;
  conversations: ConversationStore;
  queue: SendQueue;
  logger: BotLogger;
  filing: FilingScope;
  deliver(reference: StoredReference, card: AdaptiveCard): Promise<void>;
}

export class TeamsNotifier implements Notifier {
  constructor(private readonly deps: NotifierDeps) {}

  async notify(n: Notification): Promise<void> {
    // A ticket filed in a bot turn is acknowledged by that turn's own reply.
    if (n.kind === 'ticketFiled' && this.deps.filing.active()) return;
    const route = routeOf(n);
    if (route.requester) {
      const log = { ticketId: n.ticketId, kind: n.kind, to: 'requester' };
      const reference = this.usable(await this.requesterReference(n), log);
      const cards = [notificationCard(n.locale, n)];
      if (n.kind === 'resolved' && n.csatRequested) cards.push(csatCard(n.locale, { ticketId: n.ticketId, number: n.number }));
      if (reference) this.send(reference, cards, log);
    }
    if (route.channelTier) {
      const log = { ticketId: n.ticketId, kind: n.kind, to: `channel:${route.channelTier}` };
      const reference = this.usable(await this.deps.conversations.get('channel', route.channelTier), log);
      // The channel reads in the language of the agent who subscribed it.
      if (reference) this.send(reference, [notificationCard(resolveLocale(reference.locale ?? n.locale), n)], log);
    }
  }

  /**
   * Sends the weekly pulse card to each agent who has a 1:1 chat with the bot; returns how many
   * were queued.
   */
  async sendAgentPulse(agentIds: readonly string[]): Promise<number> {
    let queued = 0;
    for (const agentId of agentIds) {
      const log = { ticketId: null, kind: 'pulse', to: 'agent' };
      const reference = this.usable(await this.deps.conversations.get('user', agentId), log);
      if (!reference) continue;
      this.send(reference, [pulseCard(resolveLocale(reference.locale))], log);
      queued += 1;
    }
    return queued;
  }

  private async requesterReference(n: Notification): Promise<ConversationReferenceJson | null> {
    const { conversations } = this.deps;
    const byId = n.requester.userId ? await conversations.get('user', n.requester.userId) : null;
    return byId ?? (await conversations.get('user', n.requester.email.toLowerCase()));
  }

  /** The stored reference, parsed; null (and logged by ticket id) when absent or unreadable. */
  private usable(json: ConversationReferenceJson | null, log: LogInfo): StoredReference | null {
    if (json === null) {
      this.deps.logger.info('no Teams conversation to notify', log);
      return null;
    }
    const reference = parseReference(json);
    if (!reference) this.deps.logger.warn('stored conversation reference is invalid', log);
    return reference;
  }

  private send(reference: StoredReference, cards: AdaptiveCard[], log: LogInfo): void {
    const { logger, queue, appId, deliver } = this.deps;
    for (const card of cards) {
      queue
        .enqueue({
          conversationKey: conversationKey(reference),
          tenantKey: tenantKey(appId, reference),
          send: () => deliver(reference, card),
        })
        .catch((error: unknown) => logger.error('proactive message failed', { ...log, status: statusOf(error) }));
    }
  }
}

type LogInfo = { ticketId: string | null; kind: string; to: string };
