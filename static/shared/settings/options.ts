/**
 * The fixed option lists of the settings forms (both apps): weekdays, clocks, tiers, priorities,
 * levels, statuses, strategies, languages, escalation actions and effects, notify targets.
 */
export { CHANNELS, LEVELS, PQRS_KINDS, PRIORITIES, TIERS } from '../api/schemas';
export { ROUTING_STRATEGIES, SETTINGS_STATUSES } from '../../../src/core/index';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

export const METRICS = ['firstResponse', 'resolution'] as const;
export type MetricKey = (typeof METRICS)[number];

export const LANGUAGES = ['es', 'en'] as const;
export const SUSPENSION_MODES = ['resume', 'restart'] as const;
export const RULE_ACTIONS = ['notify', 'escalate'] as const;

/** Escalation effect kinds (core `escalationEffectSchema`). */
export const EFFECT_KINDS = ['notify', 'reassignTier', 'raisePriority', 'transition', 'comment'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** Named notify targets; a target can also be `{ group }` or `{ user }`. */
export const NOTIFY_ROLES = ['assignee', 'tierLead', 'tierChannel', 'requester'] as const;

/**
 * The member of `list` equal to `value`, else `fallback` (narrows a `<select>` value to a union).
 *
 * @example
 * pick(['a', 'b'] as const, 'b', 'a'); // 'b'
 */
export function pick<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return list.find((x) => x === value) ?? fallback;
}
