/** The legal term of a ticket (Ley 1755/2015), recomputed from its history. */
import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from '../calendar/index';
import { legalDeadlineWithSuspensions, legalTermDays, maxExtensionDays } from '../pqrs/index';
import type { LegalState, Ticket } from './model';
import { firstAnsweredAt, suspensionsOf } from './projection';
import type { TicketRules } from './rules';

/**
 * The legal state of a ticket: base term, the one extension, the due date with art. 17
 * suspensions applied (rules.suspensionMode), and whether it is suspended now. `null` when the
 * type has no term (felicitación).
 *
 * @example
 * legalStateOf(ticket, rules)?.dueDate; // '2026-08-04'
 */
export function legalStateOf(ticket: Pick<Ticket, 'type' | 'receivedAt' | 'history'>, rules: TicketRules): LegalState | null {
  const term = legalTermDays(ticket.type);
  if (term === null) return null;
  let extensionDays = 0;
  let extendedAt: string | null = null;
  for (const e of ticket.history) {
    if (e.type === 'legalExtended') {
      // Kept as recorded; capped at the current type's maximum after a reclassification (ADR 0086).
      extensionDays = Math.min(e.days, maxExtensionDays(ticket.type));
      extendedAt = e.at;
    }
  }
  const all = suspensionsOf(ticket.history);
  const open = all.find((s) => s.to === null) ?? null;
  const closed = all.flatMap((s) => (s.to === null ? [] : [{ from: new Date(s.from), to: new Date(s.to) }]));
  const opts = { mode: rules.suspensionMode, extensionDays };
  const receivedAt = new Date(ticket.receivedAt);
  const withOpen = open === null ? closed : [...closed, { from: new Date(open.from), to: null }];
  const now = legalDeadlineWithSuspensions(rules.legalCalendar, receivedAt, ticket.type, withOpen, opts);
  if (now === null) return null;
  const shown = now.state === 'running' ? now : legalDeadlineWithSuspensions(rules.legalCalendar, receivedAt, ticket.type, closed, opts);
  if (shown === null || shown.state !== 'running') return null;
  return {
    termDays: term,
    extensionDays,
    dueDate: shown.dueDate,
    dueAt: shown.dueAt.toISOString(),
    extendedAt,
    suspendedSince: now.state === 'suspended' ? now.since.toISOString() : null,
  };
}

/** Where a ticket stands against its legal term at `now`. */
export interface LegalProgress {
  /** Alerts reached and not yet fired: keys `${id}:legal:${percent}`. */
  due: { key: string; atPercent: number }[];
  /** Next instant an unfired alert will be reached if nothing changes, or null. */
  nextAt: string | null;
  /** Answered at or after `dueAt`, or unanswered and `now >= dueAt`. */
  breached: boolean;
}

/**
 * Key of a legal-term alert.
 *
 * @example
 * legalAlertKey('t-1', 50); // 't-1:legal:50'
 */
export function legalAlertKey(ticketId: string, atPercent: number): string {
  return `${ticketId}:legal:${atPercent}`;
}

function suspendedTime(cal: BusinessCalendar, ticket: Pick<Ticket, 'history'>, until: Date): number {
  let ms = 0;
  for (const s of suspensionsOf(ticket.history)) {
    const from = new Date(s.from);
    const to = s.to === null ? until : new Date(Math.min(Date.parse(s.to), until.getTime()));
    if (to > from) ms += businessTimeBetween(cal, from, to);
  }
  return ms;
}

/**
 * Legal alerts at `percents` of the term, measured in business time of the legal calendar from
 * receipt to `dueAt`, excluding suspensions; 100 % is exactly `dueAt`. Answered or suspended
 * tickets raise no alerts.
 *
 * @example
 * legalProgress(ticket, legal, rules, new Date('2026-07-30T15:00:00Z')).due; // [{ key: 't1:legal:50', atPercent: 50 }]
 */
export function legalProgress(
  ticket: Pick<Ticket, 'id' | 'history' | 'receivedAt' | 'fired'>,
  legal: LegalState | null,
  rules: TicketRules,
  now: Date,
): LegalProgress {
  if (legal === null) return { due: [], nextAt: null, breached: false };
  const dueAt = Date.parse(legal.dueAt);
  const answered = firstAnsweredAt(ticket.history);
  if (answered !== null) return { due: [], nextAt: null, breached: Date.parse(answered) >= dueAt };
  const breached = now.getTime() >= dueAt;
  if (legal.suspendedSince !== null) return { due: [], nextAt: null, breached };
  const cal = rules.legalCalendar;
  const received = new Date(ticket.receivedAt);
  const dueDate = new Date(dueAt);
  const total = businessTimeBetween(cal, received, dueDate) - suspendedTime(cal, ticket, dueDate);
  const elapsed = now > received ? businessTimeBetween(cal, received, now) - suspendedTime(cal, ticket, now) : 0;
  const fired = new Set(ticket.fired);
  const due: LegalProgress['due'] = [];
  let next = Infinity;
  for (const atPercent of [...rules.legalAlertPercents].sort((a, b) => a - b)) {
    const key = legalAlertKey(ticket.id, atPercent);
    if (fired.has(key)) continue;
    if (atPercent === 100) {
      if (now.getTime() >= dueAt) due.push({ key, atPercent });
      else next = Math.min(next, dueAt);
      continue;
    }
    const need = Math.ceil((total * atPercent) / 100) - elapsed;
    if (need <= 0) due.push({ key, atPercent });
    else next = Math.min(next, addBusinessTime(cal, now, need).getTime());
  }
  return { due, nextAt: next === Infinity ? null : new Date(next).toISOString(), breached };
}
