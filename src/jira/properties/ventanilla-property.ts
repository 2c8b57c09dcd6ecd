/**
 * The `ventanilla` issue property: the ticket's SLA state in the shape the `jira:entityProperty`
 * module indexes for JQL (`ventanillaBreached = "true"`, `ventanillaResolutionDue < now()`, …).
 * Derived from the core's ticket view; strings for the flags because the manifest indexes them
 * as `string` (JQL compares `"true"`); indexed instants in Jira's `date` format ({@link jqlDate}).
 */
import { toTicketView, type Settings, type Ticket } from '../../core/index';

export const PROPERTY_KEY = 'ventanilla';

/**
 * An instant in a format Jira's `date` index accepts (`[YYYY]-[MM]-[DD]T[hh]:[mm]Z`: minutes, no
 * seconds), rounded up so "due before" never moves earlier; null passes through.
 *
 * @example
 * jqlDate('2026-03-24T05:00:30.000Z'); // '2026-03-24T05:01Z'
 */
export function jqlDate(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Math.ceil(Date.parse(iso) / 60_000) * 60_000;
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

export interface VentanillaProperty {
  ticketId: string;
  radicado: string;
  type: string;
  priority: string;
  tier: string;
  status: string;
  channel: string;
  breached: 'true' | 'false';
  paused: 'true' | 'false';
  firstResponseDue: string | null;
  resolutionDue: string | null;
  legalDue: string | null;
  legalDueDate: string | null;
  extended: boolean;
  updatedAt: string;
}

/**
 * The property value of `ticket` at `now`.
 *
 * @example
 * propertyOf(ticket, settings, now).breached; // 'false'
 */
export function propertyOf(ticket: Ticket, settings: Settings, now: Date): VentanillaProperty {
  const view = toTicketView(ticket, settings, now);
  const clock = (metric: string) => view.sla.find((c) => c.metric === metric);
  const due = (metric: string) => {
    const c = clock(metric);
    return c ? jqlDate(c.dueAt ?? c.breachedAt) : null;
  };
  return {
    ticketId: ticket.id,
    radicado: ticket.number,
    type: ticket.type,
    priority: ticket.priority,
    tier: ticket.tier,
    status: ticket.status,
    channel: ticket.channel,
    breached: view.breached ? 'true' : 'false',
    paused: view.sla.some((c) => c.state === 'paused') ? 'true' : 'false',
    firstResponseDue: due('firstResponse'),
    resolutionDue: due('resolution'),
    legalDue: jqlDate(view.legal?.dueAt ?? null),
    legalDueDate: view.legal?.dueDate ?? null,
    extended: view.legal?.extended ?? false,
    updatedAt: ticket.updatedAt,
  };
}
