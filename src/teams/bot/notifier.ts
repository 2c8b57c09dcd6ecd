/**
 * The core's `Notifier` port for Teams: proactive cards to the requester's 1:1 chat and to the
 * channel subscribed to a tier, through the durable, rate-limited {@link OutgoingQueue}. `notify`
 * returns once the messages are stored (ADR 0088); delivery failures are logged with the ticket id
 * (never personal data).
 */
import { resolveLocale, type Ids, type Notification, type Notifier } from '../../core/index';
import { csatCard, notificationCard, pulseCard, type AdaptiveCard } from '../cards/index';
import type { FilingScope } from './filing-scope';
import type { BotLogger, ConversationReferenceJson, ConversationStore } from './ports';
import type { OutgoingQueue } from './outgoing';
import { conversationKey, parseReference, tenantKey, type StoredReference } from './references';
import { routeOf } from './notification-routing';

export interface NotifierDeps {
  appId: string;
  conversations: ConversationStore;
  outgoing: OutgoingQueue;
  logger: BotLogger;
  filing: FilingScope;
  ids: Ids;
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
      if (reference) await this.send(reference, cards, log, n.deliveryKey);
    }
    if (route.channelTier) {
      const log = { ticketId: n.ticketId, kind: n.kind, to: `channel:${route.channelTier}` };
      const reference = this.usable(await this.deps.conversations.get('channel', route.channelTier), log);
      // The channel reads in the language of the agent who subscribed it.
      if (reference) await this.send(reference, [notificationCard(resolveLocale(reference.locale ?? n.locale), n)], log, n.deliveryKey);
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
      await this.send(reference, [pulseCard(resolveLocale(reference.locale))], log, undefined);
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

  /**
   * Hands the cards over durably. With a `deliveryKey` (the core's outbox) the message ids are
   * stable, so the same notification handed over again (after a crash) is not queued twice.
   */
  private send(reference: StoredReference, cards: AdaptiveCard[], log: LogInfo, deliveryKey: string | undefined): Promise<void> {
    const { appId, ids, outgoing } = this.deps;
    const base = deliveryKey === undefined ? ids.newId() : `${deliveryKey}|${log.to}`;
    return outgoing.handOff(cards.map((card, i) => ({
      id: `${base}|${i}`,
      conversationKey: conversationKey(reference),
      tenantKey: tenantKey(appId, reference),
      reference,
      card: { ...card },
      ...log,
    })));
  }
}

type LogInfo = { ticketId: string | null; kind: string; to: string };
