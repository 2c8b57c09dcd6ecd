import { z } from 'zod';
import { slaMetricSchema, type SlaMetric } from '../sla/index';

/** Support tiers: N1 service desk … N4 infrastructure / vendors. */
export type Tier = 'N1' | 'N2' | 'N3' | 'N4';
/**
 * Lowest to highest.
 *
 * @example
 * TIERS.indexOf('N3'); // 2
 */
export const TIERS = ['N1', 'N2', 'N3', 'N4'] as const satisfies readonly Tier[];
/**
 * zod schema of a {@link Tier}.
 *
 * @example
 * tierSchema.parse('N2'); // 'N2'
 */
export const tierSchema = z.enum(TIERS);

/**
 * What each tier is (i18n key `escalation.tier.<tier>` holds the user-facing text).
 * PQRS analogues in parentheses (domain research §C.2).
 *
 * @example
 * TIER_DESCRIPTIONS.N1; // 'Service desk: log, classify, …'
 */
export const TIER_DESCRIPTIONS: Record<Tier, string> = {
  N1: 'Service desk: log, classify, prioritise, answer known requests (ventanilla / atención al ciudadano)',
  N2: 'Specialists: the competent unit drafting the substantive answer (dependencia)',
  N3: 'Back-end / development and experts: root cause, legal office for consultas',
  N4: 'Infrastructure and external vendors, or another entity (traslado por competencia)',
};

/** A rule of the contract: at `atPercent`% of a metric's goal, notify or escalate. */
export interface EscalationRule {
  metric: SlaMetric;
  atPercent: number;
  action: 'notify' | 'escalate';
  toTier?: Tier;
}

/** A rule that fired for one ticket; `key` = `${ticketId}:${metric}:${atPercent}`. */
export interface EscalationAction {
  key: string;
  metric: SlaMetric;
  atPercent: number;
  action: 'notify' | 'escalate';
  toTier?: Tier;
}

/**
 * zod schema of an {@link EscalationRule}; an `escalate` rule needs `toTier`.
 *
 * @example
 * escalationRuleSchema.parse({ metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' });
 */
export const escalationRuleSchema = z
  .object({
    metric: slaMetricSchema,
    atPercent: z.number({ error: 'atPercent must be a number' }).positive('atPercent must be > 0').max(1000, 'atPercent must be ≤ 1000'),
    action: z.enum(['notify', 'escalate']),
    toTier: tierSchema.optional(),
  })
  .refine((r) => r.action !== 'escalate' || r.toTier !== undefined, {
    message: 'an escalate rule needs toTier',
    path: ['toTier'],
  });
