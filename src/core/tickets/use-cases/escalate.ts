import { changeTier } from '../../escalation/index';
import { chooseAssignee } from '../assignment';
import type { TicketDeps } from '../deps';
import type { Tier } from '../external';
import type { Actor, EscalationKind, Ticket, TicketHistoryEntry } from '../model';
import { append, type Change } from '../mutate';
import { isDone } from '../projection';
import { fail, ok, type Result } from '../result';
import type { EscalateInput } from './inputs';
import { mutateAsStaff } from './validation';

/**
 * Moves `ticket` to tier `to` and re-routes it there (the previous assignee stays when routing
 * finds nobody). Shared by the manual escalation and the automatic `escalate` rules.
 *
 * @example
 * const moved = await moveToTier(deps, ticket, 'N2', 'hierarchical', key, SYSTEM_ACTOR, now);
 */
export async function moveToTier(
  deps: Pick<TicketDeps, 'directory' | 'settings' | 'store'>,
  ticket: Ticket,
  to: Tier,
  kind: EscalationKind,
  reason: string,
  actor: Actor,
  now: Date,
): Promise<Ticket> {
  const at = now.toISOString();
  const entries: TicketHistoryEntry[] = [{ type: 'tierChanged', at, actor, from: ticket.tier, to, kind, reason }];
  const decision = await chooseAssignee(deps, ticket, to, now);
  let assigneeId = ticket.assigneeId;
  if (decision.agentId !== null && decision.agentId !== ticket.assigneeId) {
    entries.push({ type: 'assigned', at, actor, from: ticket.assigneeId, to: decision.agentId, reason: `routing.reason.${decision.reason.code}` });
    assigneeId = decision.agentId;
  }
  return append({ ...ticket, tier: to, assigneeId }, ...entries);
}

/**
 * Functional escalation (agents): one tier up or down, or to `toTier` in that direction, with a
 * written reason; the ticket is re-routed in the new tier. Already N4 (up) / N1 (down) → `tier_limit`.
 *
 * @example
 * await escalateTier(deps, { ticketId: 't-1', actor: agent, direction: 'up', reason: 'Requiere concepto jurídico' });
 */
export async function escalateTier(deps: TicketDeps, input: EscalateInput): Promise<Result<Ticket>> {
  return mutateAsStaff(deps, input, async (ticket, now): Promise<Result<Change>> => {
    if (isDone(ticket.status)) return fail('invalid_transition', { from: ticket.status, to: 'escalate' });
    const change = changeTier(ticket.tier, input.toTier ?? input.direction, input.reason);
    if (!change.ok) {
      if (change.code === 'reasonRequired') return fail('invalid_input', { detail: 'reason' });
      if (change.code === 'sameTier') return fail('same_value', { value: ticket.tier });
      return fail('tier_limit', { tier: ticket.tier });
    }
    if (change.direction !== input.direction) return fail('invalid_input', { detail: 'toTier' });
    const moved = await moveToTier(deps, ticket, change.to, input.kind ?? 'functional', change.reason, input.actor, now);
    return ok({ ticket: moved, notify: [{ kind: 'escalated', from: change.from, to: change.to, trigger: 'manual', key: null }] });
  });
}
