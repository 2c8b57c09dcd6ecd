/**
 * The durable hand-off of proactive messages (ADR 0088): a message is stored before `handOff`
 * resolves (so before the core's outbox marks the notification delivered), goes through the
 * rate-limited {@link SendQueue}, and is removed once the Bot Connector answered 2xx (or it was
 * given up). `resume` queues what a previous process left, oldest first, under the same limits.
 * A message is in the memory queue at most once (by its stable id).
 */
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/index';
import type { BotLogger, OutgoingMessage, SendStore } from './ports';
import { parseReference, type StoredReference } from './references';
import { statusOf } from './retry-after';
import type { SendQueue } from './send-queue';

export type Deliver = (reference: StoredReference, card: AdaptiveCard) => Promise<void>;

const CardShape = z.custom<AdaptiveCard>(
  (value) => value !== null && typeof value === 'object' && Reflect.get(value, 'type') === 'AdaptiveCard',
);

export class OutgoingQueue {
  private readonly queued = new Set<string>();
  /** Each queued message until its row is removed. */
  private readonly inFlight = new Set<Promise<void>>();
  private resumed: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: { store: SendStore; queue: SendQueue; deliver: Deliver; logger: BotLogger },
  ) {}

  /** Stores `messages` durably (one transaction), then queues them; resolves once stored. */
  async handOff(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const added = new Set(await this.deps.store.add(messages));
    // Messages a resume is still reading come after it, so each conversation keeps its order.
    await this.resumed;
    for (const message of messages) if (added.has(message.id)) this.dispatch(message);
  }

  /** Queues every stored message left by a previous process; resolves with how many. */
  resume(): Promise<number> {
    const run = this.deps.store.pending().then((messages) => {
      for (const message of messages) this.dispatch(message);
      if (messages.length > 0) this.deps.logger.info('resuming queued proactive messages', { count: messages.length });
      return messages.length;
    });
    this.resumed = run.then(() => undefined, () => undefined);
    return run;
  }

  /** Resolves once the resume, the sends and the removals settled. */
  async idle(): Promise<void> {
    await this.resumed;
    await this.deps.queue.idle();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private dispatch(message: OutgoingMessage): void {
    if (this.queued.has(message.id)) return;
    const { logger, queue, deliver } = this.deps;
    const log = { ticketId: message.ticketId, kind: message.kind, to: message.to };
    const reference = parseReference(message.reference);
    const card = CardShape.safeParse(message.card);
    this.queued.add(message.id);
    if (!reference || !card.success) {
      logger.error('stored proactive message is unreadable', log);
      this.track(this.remove(message.id, log));
      return;
    }
    this.track(
      queue
        .enqueue({ conversationKey: message.conversationKey, tenantKey: message.tenantKey, send: () => deliver(reference, card.data) })
        .catch((error: unknown) => logger.error('proactive message failed', { ...log, status: statusOf(error) }))
        .then(() => this.remove(message.id, log)),
    );
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Deletes the row (after the 2xx or the give-up); never rejects (a failure is logged). */
  private remove(id: string, log: Readonly<Record<string, string | null>>): Promise<void> {
    return this.deps.store.remove(id).then(
      () => {
        this.queued.delete(id);
      },
      (error: unknown) => {
        this.queued.delete(id);
        this.deps.logger.error('queued proactive message not removed (it may be sent again on restart)', {
          ...log, error: error instanceof Error ? error.name : 'unknown',
        });
      },
    );
  }
}
