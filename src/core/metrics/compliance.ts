import type { TicketFacts } from './facts';
import { ratio, type Ratio } from './types';

/** SLA and legal-term compliance of one group. */
export interface ComplianceRow {
  received: number;
  /** Tickets whose clocks all stopped in time ÷ tickets decided (stopped, or breached). */
  sla: Ratio;
  /** Answered before the legal due instant ÷ tickets decided (answered, or overdue). */
  legal: Ratio;
}

/** Compliance by PQRS type, priority and channel. */
export interface Compliance {
  overall: ComplianceRow;
  byType: Record<string, ComplianceRow>;
  byPriority: Record<string, ComplianceRow>;
  byChannel: Record<string, ComplianceRow>;
}

function row(facts: readonly TicketFacts[]): ComplianceRow {
  const sla = facts.filter((f) => f.sla !== null);
  const legal = facts.filter((f) => f.legal !== null);
  return {
    received: facts.length,
    sla: ratio(sla.filter((f) => f.sla === 'met').length, sla.length),
    legal: ratio(legal.filter((f) => f.legal === 'met').length, legal.length),
  };
}

function groupBy(facts: readonly TicketFacts[], key: (f: TicketFacts) => string): Record<string, ComplianceRow> {
  const groups = new Map<string, TicketFacts[]>();
  for (const f of facts) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, row(v)]));
}

/**
 * SLA and legal-term compliance of the tickets received in the window, overall and by type,
 * (current) priority and channel. Undecided tickets (clocks still running unbreached, legal term
 * not yet due and unanswered, or no legal term) are left out of the denominators.
 *
 * @example
 * compliance(facts).byType.peticion?.legal.value; // 0.9
 */
export function compliance(facts: readonly TicketFacts[]): Compliance {
  const received = facts.filter((f) => f.received);
  return {
    overall: row(received),
    byType: groupBy(received, (f) => f.ticket.type),
    byPriority: groupBy(received, (f) => f.ticket.priority),
    byChannel: groupBy(received, (f) => f.ticket.channel),
  };
}
