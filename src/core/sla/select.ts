import { z } from 'zod';
import { prioritySchema, type Priority } from '../priority/index';

/** Which tickets a policy applies to; an absent or empty list matches everything. */
export interface PolicyMatch {
  types?: string[];
  channels?: string[];
  priorities?: Priority[];
}

/**
 * zod schema of a {@link PolicyMatch}.
 *
 * @example
 * policyMatchSchema.parse({ types: ['queja'], channels: ['teams'] });
 */
export const policyMatchSchema = z.object({
  types: z.array(z.string().min(1)).optional(),
  channels: z.array(z.string().min(1)).optional(),
  priorities: z.array(prioritySchema).optional(),
});

/** What a ticket is matched on. */
export interface PolicySubject {
  type: string;
  channel: string;
  priority: Priority;
}

const fits = <T>(list: readonly T[] | undefined, v: T): boolean => list === undefined || list.length === 0 || list.includes(v);

/**
 * True when `match` selects the subject.
 *
 * @example
 * policyMatches({ types: ['queja'] }, { type: 'queja', channel: 'web', priority: 'P3' }); // true
 */
export function policyMatches(match: PolicyMatch, s: PolicySubject): boolean {
  return fits(match.types, s.type) && fits(match.channels, s.channel) && fits(match.priorities, s.priority);
}

/**
 * True for a catch-all match (no condition at all).
 *
 * @example
 * isCatchAll({ types: [] }); // true
 */
export function isCatchAll(match: PolicyMatch): boolean {
  return (match.types?.length ?? 0) === 0 && (match.channels?.length ?? 0) === 0 && (match.priorities?.length ?? 0) === 0;
}

/**
 * The first policy whose `match` selects the ticket (first match wins, so list specific policies
 * first and a catch-all last); `null` when none does.
 *
 * @example
 * selectPolicy([{ id: 'legal', match: { types: ['peticion'] } }, { id: 'default', match: {} }],
 *   { type: 'queja', channel: 'teams', priority: 'P3' }); // the 'default' policy
 */
export function selectPolicy<P extends { match: PolicyMatch }>(policies: readonly P[], subject: PolicySubject): P | null {
  for (const p of policies) if (policyMatches(p.match, subject)) return p;
  return null;
}
