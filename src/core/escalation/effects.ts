import { z } from 'zod';
import { prioritySchema, type Priority } from '../priority/index';
import { tierSchema, escalationRuleSchema, type EscalationAction, type EscalationRule, type Tier } from './types';

/** Who a notification goes to: the assignee, the tier's members/channel, or named groups/users. */
export type NotifyTarget = 'assignee' | 'tierLead' | 'tierChannel' | 'requester' | { group: string } | { user: string };

/** A concrete effect an adapter carries out when an action fires (Jira, Teams or standalone). */
export type EscalationEffect =
  | { kind: 'notify'; to: NotifyTarget[] }
  | { kind: 'reassignTier'; tier: Tier }
  | { kind: 'raisePriority'; by?: number; to?: Priority }
  | { kind: 'transition'; status: string }
  | { kind: 'comment'; messageKey: string; internal: boolean };

/** A contract rule plus optional richer effects; without `effects` the contract meaning applies. */
export interface ExtendedEscalationRule extends EscalationRule {
  effects?: EscalationEffect[];
}

const notifyTargetSchema = z.union([
  z.enum(['assignee', 'tierLead', 'tierChannel', 'requester']),
  z.object({ group: z.string().min(1) }),
  z.object({ user: z.string().min(1) }),
]);

/**
 * zod schema of one effect of an extended escalation rule (notify, reassignTier, raisePriority, transition, comment).
 *
 * @example
 * escalationEffectSchema.parse({ kind: 'reassignTier', tier: 'N2' });
 */
export const escalationEffectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notify'), to: z.array(notifyTargetSchema).min(1, 'notify needs at least one target') }),
  z.object({ kind: z.literal('reassignTier'), tier: tierSchema }),
  z.object({ kind: z.literal('raisePriority'), by: z.number().int().min(1).max(4).optional(), to: prioritySchema.optional() }),
  z.object({ kind: z.literal('transition'), status: z.string().min(1, 'transition needs a status') }),
  z.object({ kind: z.literal('comment'), messageKey: z.string().min(1), internal: z.boolean() }),
]);

/**
 * zod schema of an {@link ExtendedEscalationRule}.
 *
 * @example
 * extendedEscalationRuleSchema.parse({ metric: 'resolution', atPercent: 100, action: 'notify', effects: [{ kind: 'raisePriority', by: 1 }] });
 */
export const extendedEscalationRuleSchema = escalationRuleSchema.and(
  z.object({ effects: z.array(escalationEffectSchema).optional() }),
);

/**
 * The effects of a fired action: the rule's own `effects` when given, else the contract meaning —
 * `notify` → notify the assignee; `escalate` → reassign to `toTier` and notify that tier's channel.
 *
 * @example
 * effectsOf({ key: 'T-1:resolution:75', metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' });
 * // [{ kind: 'reassignTier', tier: 'N2' }, { kind: 'notify', to: ['tierChannel'] }]
 */
export function effectsOf(action: EscalationAction, rule?: ExtendedEscalationRule): EscalationEffect[] {
  if (rule?.effects !== undefined && rule.effects.length > 0) return rule.effects;
  if (action.action === 'escalate' && action.toTier !== undefined) {
    return [{ kind: 'reassignTier', tier: action.toTier }, { kind: 'notify', to: ['tierChannel'] }];
  }
  return [{ kind: 'notify', to: ['assignee'] }];
}

/**
 * The priority after a `raisePriority` effect (P1 is the ceiling).
 *
 * @example
 * raisedPriority('P4', { kind: 'raisePriority' });        // 'P3'
 * raisedPriority('P4', { kind: 'raisePriority', to: 'P2' }); // 'P2'
 */
export function raisedPriority(current: Priority, effect: { by?: number; to?: Priority }): Priority {
  const n = Number(current.slice(1));
  const target = effect.to !== undefined ? Number(effect.to.slice(1)) : n - (effect.by ?? 1);
  const p = Math.max(1, Math.min(n, target));
  return prioritySchema.parse(`P${p}`);
}
