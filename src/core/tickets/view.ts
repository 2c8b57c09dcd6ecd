import { maxExtensionDays } from '../pqrs/index';
import type { Settings } from './external';
import { evaluateTicket } from './evaluate';
import type { Ticket } from './model';
import type { TicketView } from './view-types';

/**
 * The API JSON of a ticket at `now` (SLA clocks evaluated, legal term with extension state) —
 * the same in the standalone server and the Forge web trigger. For the `requester` audience the
 * internal notes (non-public replies) are left out of the history.
 *
 * @example
 * toTicketView(ticket, settings, new Date('2026-03-02T15:00:00Z')).sla[0]?.state; // 'running'
 * toTicketView(ticket, settings, now, { audience: 'requester' }).history; // without internal notes
 */
export function toTicketView(
  ticket: Ticket,
  settings: Settings,
  now: Date,
  opts: { audience?: 'staff' | 'requester' } = {},
): TicketView {
  const ev = evaluateTicket(settings, ticket, now);
  const legal = ev.legal;
  const extended = ticket.history.some((e) => e.type === 'legalExtended');
  const max = maxExtensionDays(ticket.type);
  return {
    id: ticket.id,
    number: ticket.number,
    type: ticket.type,
    status: ticket.status,
    priority: ticket.priority,
    impact: ticket.impact,
    urgency: ticket.urgency,
    tier: ticket.tier,
    channel: ticket.channel,
    category: ticket.category,
    locale: ticket.locale,
    legal: legal === null ? null : {
      dueDate: legal.dueDate,
      dueAt: legal.dueAt,
      termDays: legal.termDays,
      extensionDays: legal.extensionDays,
      extended,
      canExtend: !extended && legal.suspendedSince === null && now.getTime() < Date.parse(legal.dueAt)
        && ticket.status !== 'resolved' && ticket.status !== 'closed' && max > 0,
      maxExtensionDays: max,
      breached: ev.legalProgress.breached,
    },
    sla: ev.clocks,
    breached: ev.breached,
    subject: ticket.subject,
    description: ticket.description,
    requester: { ...ticket.requester },
    assigneeId: ticket.assigneeId,
    receivedAt: ticket.receivedAt,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    history: opts.audience === 'requester' ? ticket.history.filter((e) => !(e.type === 'replied' && !e.public)) : ticket.history,
    csat: ticket.csat,
    nextWakeUpAt: ticket.nextWakeUpAt,
    version: ticket.version,
  };
}
