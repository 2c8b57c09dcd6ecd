/**
 * The Notifier the use cases get. It hands each notification to the bot's notifier (which queues
 * the Teams sends, rate-limited) and resolves once it is handed over, so the core's outbox
 * (ADR 0025) marks a notification delivered only after the hand-off: a crash before it leaves the
 * notification pending, and the scheduler redelivers it on start. A failed hand-off is logged
 * with the ticket id and thrown (the outbox keeps it). A `deliveryKey` already handed over in
 * this process is dropped, so a redelivery racing the first one does not message twice.
 * `idle()` waits for hand-offs in flight (graceful shutdown).
 */
import type { Notification, Notifier } from '../core/index';
import type { Logger } from './http/handler';

/** How many recent delivery keys are remembered to drop repeats. */
const SEEN_KEYS = 10_000;

export class NotifierRelay implements Notifier {
  private target: Notifier | null = null;
  private readonly pending = new Set<Promise<void>>();
  private readonly seen = new Set<string>();

  /** `onFailed` is told the ticket whose hand-off failed (the app re-arms the scheduler to retry it). */
  constructor(private readonly logger: Logger, private readonly onFailed?: (ticketId: string) => void) {}

  /** Where notifications go (the bot's notifier); until set, they are logged and dropped. */
  attach(target: Notifier): void {
    this.target = target;
  }

  async notify(notification: Notification): Promise<void> {
    const target = this.target;
    if (!target) {
      this.logger.warn('notification without a notifier', { ticketId: notification.ticketId, kind: notification.kind });
      return;
    }
    const key = notification.deliveryKey;
    if (key !== undefined && this.seen.has(key)) return;
    const delivery = target.notify(notification);
    this.pending.add(delivery);
    try {
      await delivery;
      if (key !== undefined) this.remember(key);
    } catch (error) {
      this.logger.error('notification failed', {
        ticketId: notification.ticketId, kind: notification.kind, error: error instanceof Error ? error.name : 'unknown',
      });
      this.onFailed?.(notification.ticketId);
      throw error;
    } finally {
      this.pending.delete(delivery);
    }
  }

  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size > SEEN_KEYS) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
  }
}
