import type { Notification, NotificationDetail } from '../ports';
import type { Ticket } from './model';

/**
 * A notification about `ticket`: ids, radicado, locale and requester reference — no free text.
 *
 * @example
 * notificationFor(ticket, { kind: 'resolved', csatRequested: true });
 */
export function notificationFor(ticket: Ticket, detail: NotificationDetail): Notification {
  const requester = ticket.requester.userId === undefined
    ? { email: ticket.requester.email }
    : { email: ticket.requester.email, userId: ticket.requester.userId };
  return {
    ticketId: ticket.id,
    number: ticket.number,
    locale: ticket.locale,
    requester,
    assigneeId: ticket.assigneeId,
    tier: ticket.tier,
    ...detail,
  };
}
