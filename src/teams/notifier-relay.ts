/**
 * The Notifier the use cases get: it hands each notification to the bot's notifier without
 * making the request wait for Teams (sends are queued and rate-limited there). A failed delivery
 * is logged with the ticket id; `idle()` waits for the ones in flight (graceful shutdown).
 */
import type { Notification, Notifier } from '../core/index';
import type { Logger } from './http/handler';

export class NotifierRelay implements Notifier {
  private target: Notifier | null = null;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

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
    const delivery = target.notify(notification).catch((error: unknown) => {
      this.logger.error('notification failed', {
        ticketId: notification.ticketId, kind: notification.kind, error: error instanceof Error ? error.name : 'unknown',
      });
    });
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  async idle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
