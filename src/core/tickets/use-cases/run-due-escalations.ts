import { effectsOf, raisedPriority, type EscalationEffect } from '../../escalation/index';
import type { NotificationDetail } from '../../ports';
import type { TicketDeps } from '../deps';
import { evaluateTicket } from '../evaluate';
import { SYSTEM_ACTOR, type Ticket, type TicketHistoryEntry, type TicketStatus, TICKET_STATUSES } from '../model';
import { append, mutateTicket, type Change } from '../mutate';
import { ok, type Result } from '../result';
import { moveToTier } from './escalate';
import { statusChange } from './status';

const TIER_ORDER = ['N1', 'N2', 'N3', 'N4'];
const isStatus = (s: string): s is TicketStatus => TICKET_STATUSES.some((x) => x === s);

async function applyEffect(
  deps: TicketDeps, ticket: Ticket, effect: EscalationEffect, key: string, now: Date, notify: NotificationDetail[],
): Promise<Ticket> {
  const at = now.toISOString();
  const actor = SYSTEM_ACTOR;
  switch (effect.kind) {
    case 'reassignTier': {
      if (TIER_ORDER.indexOf(effect.tier) <= TIER_ORDER.indexOf(ticket.tier)) return ticket;
      notify.push({ kind: 'escalated', from: ticket.tier, to: effect.tier, trigger: 'threshold', key });
      return moveToTier(deps, ticket, effect.tier, 'hierarchical', key, actor, now);
    }
    case 'raisePriority': {
      const to = raisedPriority(ticket.priority, effect);
      if (to === ticket.priority) return ticket;
      notify.push({ kind: 'priorityChanged', from: ticket.priority, to });
      const entry: TicketHistoryEntry = { type: 'priorityChanged', at, actor, from: ticket.priority, to, reason: key };
      return append({ ...ticket, priority: to }, entry);
    }
    case 'transition': {
      if (!isStatus(effect.status)) return ticket;
      const r = statusChange(ticket, effect.status, actor, at, key);
      if (!r.ok) return ticket;
      notify.push(...r.value.notify);
      return r.value.ticket;
    }
    case 'comment': {
      notify.push({ kind: 'escalationComment', key, messageKey: effect.messageKey, internal: effect.internal });
      return ticket;
    }
    default:
      return ticket;
  }
}

/**
 * The scheduler's entry point for one ticket: fires every SLA escalation rule and legal-term
 * alert that is due at `now` and not yet in `ticket.fired`, records each as an `escalationFired`
 * entry plus its key, applies its effects (notify, move up a tier and re-route, raise priority,
 * transition) and recomputes `nextWakeUpAt`. Idempotent: a key in `fired` never acts twice, so a
 * replayed sweep or a duplicate wake-up changes nothing (and writes nothing). Done tickets fire nothing.
 * It also delivers notifications left pending in the ticket's outbox by a crash (ADR 0025): such a
 * ticket is due for wake-up, so the scheduler redelivers them without any other call.
 *
 * @example
 * const due = await store.dueForWakeUp(clock.now(), 100);
 * for (const t of due) await runDueEscalations(deps, t);
 */
export async function runDueEscalations(deps: TicketDeps, ticket: Ticket): Promise<Result<Ticket>> {
  return mutateTicket(deps, ticket.id, async (current, now): Promise<Result<Change>> => {
    const ev = evaluateTicket(deps.settings, current, now);
    if (ev.dueActions.length === 0 && ev.legalProgress.due.length === 0) return ok({ ticket: current, notify: [], unchanged: true });
    const notify: NotificationDetail[] = [];
    const at = now.toISOString();
    let next = current;
    for (const action of ev.dueActions) {
      const entry: TicketHistoryEntry = {
        type: 'escalationFired', at, actor: SYSTEM_ACTOR, key: action.key, source: action.metric,
        atPercent: action.atPercent, action: action.action, toTier: action.toTier ?? null,
      };
      next = append({ ...next, fired: [...next.fired, action.key] }, entry);
      const rule = ev.rules.escalationRules.find((r) => r.metric === action.metric && r.atPercent === action.atPercent);
      const effects = effectsOf(action, rule);
      if (effects.some((e) => e.kind === 'notify')) {
        notify.push({ kind: 'slaThreshold', key: action.key, metric: action.metric, atPercent: action.atPercent });
      }
      for (const effect of effects) next = await applyEffect(deps, next, effect, action.key, now, notify);
    }
    for (const alert of ev.legalProgress.due) {
      const entry: TicketHistoryEntry = {
        type: 'escalationFired', at, actor: SYSTEM_ACTOR, key: alert.key, source: 'legal',
        atPercent: alert.atPercent, action: 'notify', toTier: null,
      };
      next = append({ ...next, fired: [...next.fired, alert.key] }, entry);
      notify.push({ kind: 'legalThreshold', key: alert.key, atPercent: alert.atPercent, dueDate: ev.legal?.dueDate ?? '' });
    }
    return ok({ ticket: next, notify });
  });
}
