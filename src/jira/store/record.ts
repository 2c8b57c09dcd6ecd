/**
 * The stored shape of a ticket in the `ventanilla-ticket` custom entity: the core `Ticket` plus
 * the indexed attributes and the Jira link. `seen` holds the last processed event keys, written
 * atomically with the ticket so a redelivered event is recognised (ADR 0033).
 */
import { z } from 'zod';
import type { Ticket } from '../../core/index';

/** Done statuses live in the `closed` partition of the `by-state` index. */
const DONE = new Set(['resolved', 'closed']);
export const SEEN_LIMIT = 50;

const ticketShape = z.custom<Ticket>(
  (v) => typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'history' in v && 'intakeKey' in v,
  'not a stored ticket',
);

export const recordSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  intakeKey: z.string(),
  issueId: z.string().optional(),
  issueKey: z.string().optional(),
  state: z.enum(['open', 'closed']),
  createdAt: z.string(),
  wakeAt: z.string().optional(),
  version: z.number().int(),
  ticket: ticketShape,
  seen: z.array(z.string()).optional(),
});
export type TicketRecord = z.infer<typeof recordSchema>;

/** Jira link of a ticket. */
export interface IssueLink {
  issueId: string;
  issueKey: string;
}

/** Canonical ISO (so the string index sorts by time). */
export function canonicalIso(iso: string): string {
  return new Date(iso).toISOString();
}

/** Builds the stored record of `ticket`, keeping the link and seen keys of `prev`. */
export function toRecord(ticket: Ticket, prev: Pick<TicketRecord, 'issueId' | 'issueKey' | 'seen'> | null, marker?: string): TicketRecord {
  const seen = [...(prev?.seen ?? [])];
  if (marker !== undefined && !seen.includes(marker)) seen.push(marker);
  const wake = ticket.nextWakeUpAt;
  return {
    ticketId: ticket.id,
    number: ticket.number,
    intakeKey: ticket.intakeKey,
    ...(prev?.issueId !== undefined ? { issueId: prev.issueId } : {}),
    ...(prev?.issueKey !== undefined ? { issueKey: prev.issueKey } : {}),
    state: DONE.has(ticket.status) ? 'closed' : 'open',
    createdAt: canonicalIso(ticket.createdAt),
    ...(wake ? { wakeAt: canonicalIso(wake) } : {}),
    version: ticket.version,
    ticket,
    seen: seen.slice(-SEEN_LIMIT),
  };
}
