/** Derived ticket state: SLA clocks, legal term, breach flag and the next wake-up instant. */
import { dueEscalations, nextWakeUpForRules, type EscalationAction } from '../escalation/index';
import { evaluateSla } from '../sla/index';
import type { Settings, SlaClock } from './external';
import type { LegalState, Ticket } from './model';
import { legalProgress, legalStateOf, type LegalProgress } from './legal';
import { isDone } from './projection';
import { rulesFor, type TicketRules } from './rules';
import { slaEventsOf } from './sla-events';

/** Everything derived from a ticket at `now`. */
export interface TicketEvaluation {
  rules: TicketRules;
  clocks: SlaClock[];
  legal: LegalState | null;
  legalProgress: LegalProgress;
  /** SLA actions reached and not yet fired (none once the ticket is done). */
  dueActions: EscalationAction[];
  breached: boolean;
  nextWakeUpAt: string | null;
}

/** The earliest `at` of the ticket's pending notifications (ms), or Infinity. */
function pendingAt(ticket: Pick<Ticket, 'outbox'>): number {
  let best = Infinity;
  for (const p of ticket.outbox ?? []) best = Math.min(best, Date.parse(p.at));
  return best;
}

/**
 * Evaluates a ticket at `now` from its history and the settings in force: the SLA clocks
 * (evaluateSla), the legal term, due escalation/legal alerts, the breach flag and the next
 * wake-up = min(next escalation, next legal alert, next SLA due instant), or `now` when an
 * action is already due. Done tickets wake up only for notifications still pending in their
 * outbox (at their time, like open ones: ADR 0025).
 *
 * @example
 * evaluateTicket(settings, ticket, new Date('2026-03-02T15:00:00Z')).clocks[0]?.state; // 'running'
 */
export function evaluateTicket(settings: Settings, ticket: Ticket, now: Date): TicketEvaluation {
  const rules = rulesFor(settings, ticket);
  const clocks = evaluateSla(rules.policy, slaEventsOf(ticket.history), now);
  const legal = legalStateOf(ticket, rules);
  const progress = legalProgress(ticket, legal, rules, now);
  const breached = progress.breached || clocks.some((c) => c.state === 'breached');
  const pending = pendingAt(ticket);
  if (isDone(ticket.status)) {
    const wake = pending === Infinity ? null : new Date(pending).toISOString();
    return { rules, clocks, legal, legalProgress: { ...progress, due: [], nextAt: null }, dueActions: [], breached, nextWakeUpAt: wake };
  }
  const fired = new Set(ticket.fired);
  const dueActions = dueEscalations(ticket.id, rules.escalationRules, clocks, fired, now);
  let next = pending;
  if (dueActions.length > 0 || progress.due.length > 0) next = now.getTime();
  const candidates = [
    nextWakeUpForRules(ticket.id, rules.slaCalendar, rules.escalationRules, clocks, fired, now),
    progress.nextAt,
    ...clocks.map((c) => (c.state === 'running' ? c.dueAt : null)),
  ];
  for (const c of candidates) if (c !== null) next = Math.min(next, Date.parse(c));
  const nextWakeUpAt = next === Infinity ? null : new Date(next).toISOString();
  return { rules, clocks, legal, legalProgress: progress, dueActions, breached, nextWakeUpAt };
}

/**
 * The ticket with its derived fields (`legal`, `breached`, `nextWakeUpAt`) recomputed at `now`
 * under `settings` — after any change, and for every open ticket after a settings change.
 * Pure: the history, fired keys and version are untouched.
 *
 * @example
 * const fresh = recomputeTicket(newSettings, ticket, now); // then store.save(fresh, ticket.version)
 */
export function recomputeTicket(settings: Settings, ticket: Ticket, now: Date): Ticket {
  const ev = evaluateTicket(settings, ticket, now);
  return { ...ticket, legal: ev.legal, breached: ev.breached, nextWakeUpAt: ev.nextWakeUpAt };
}
