import { z } from 'zod';
import { PQRS_KINDS } from '../pqrs/index';
import { priorityMatrixSchema } from '../priority/index';
import { policyMatchSchema, slaGoalsSchema } from '../sla/index';
import { extendedEscalationRuleSchema, tierSchema } from '../escalation/index';

/**
 * The ticket statuses the settings refer to (pause statuses, transitions).
 *
 * @example
 * SETTINGS_STATUSES.includes('waitingRequester'); // true
 */
export const SETTINGS_STATUSES = ['open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved', 'closed'] as const;

const text = (field: string) => z.string({ error: `${field} must be text` }).trim().min(1, `${field} is required`);
const ids = (field: string) => z.array(text(field), { error: `${field} must be a list` });
const instant = (field: string) => z.iso.datetime({ offset: true, error: `${field} must be an ISO-8601 instant with offset` });

const timeRange = z.object({ start: text('start'), end: text('end') });
const dayRanges = z.array(timeRange, { error: 'a day must be a list of {start, end} ranges' }).optional();

/**
 * Structure of a CalendarSpec; the calendar module checks the rest (zones, overlaps) on validation.
 *
 * @example
 * calendarSpecShapeSchema.parse({ timeZone: 'America/Bogota', week: { mon: [{ start: '08:00', end: '17:00' }] } });
 */
export const calendarSpecShapeSchema = z.strictObject({
  timeZone: text('timeZone'),
  week: z.strictObject({ mon: dayRanges, tue: dayRanges, wed: dayRanges, thu: dayRanges, fri: dayRanges, sat: dayRanges, sun: dayRanges }),
  holidays: z.array(z.string({ error: "holiday must be a date 'YYYY-MM-DD'" })).optional(),
  closures: z.array(z.object({ from: instant('closure from'), to: instant('closure to') })).optional(),
});

const holidayGenerator = z
  .object({
    country: z.string({ error: 'country must be text' }).regex(/^[A-Za-z]{2}$/, 'country must be a 2-letter ISO code, e.g. CO'),
    years: z.object({
      from: z.number({ error: 'years.from must be a year' }).int().min(1983, 'years.from must be ≥ 1983'),
      to: z.number({ error: 'years.to must be a year' }).int().max(2200, 'years.to must be ≤ 2200'),
    }),
  })
  .refine((g) => g.years.from <= g.years.to && g.years.to - g.years.from <= 50, {
    message: 'years.from must be ≤ years.to, at most 50 years apart',
    path: ['years'],
  });

/**
 * zod schema of a named calendar in the settings (its spec plus holiday source).
 *
 * @example
 * calendarSettingsSchema.safeParse(settings.calendars[0]).success; // true
 */
export const calendarSettingsSchema = z.object({
  id: text('calendar id'),
  name: text('calendar name'),
  spec: calendarSpecShapeSchema,
  /** Fills `spec.holidays` with a country's public holidays for a range of years. */
  holidayGenerator: holidayGenerator.optional(),
});

const status = z.enum(SETTINGS_STATUSES, { error: `status must be one of ${SETTINGS_STATUSES.join(', ')}` });

/**
 * zod schema of an SLA policy in the settings (match, calendar id, goals, pause statuses).
 *
 * @example
 * slaPolicySettingsSchema.safeParse(settings.slaPolicies[0]).success; // true
 */
export const slaPolicySettingsSchema = z.object({
  id: text('policy id'),
  name: text('policy name'),
  match: policyMatchSchema,
  calendarId: text('calendarId'),
  goals: slaGoalsSchema,
  pauseStatuses: z.array(status),
});

/**
 * zod schema of one tier's settings (name, groups, channel).
 *
 * @example
 * tierSettingsSchema.safeParse(settings.tiers.N1).success; // true
 */
export const tierSettingsSchema = z.object({
  name: text('tier name'),
  members: ids('members'),
  groups: ids('groups'),
  /** Teams channel (or other adapter reference) notified for this tier. */
  channelRef: z.string().trim().min(1, 'channelRef must not be empty').optional(),
});

/**
 * 'manual' leaves the ticket unassigned; skills filter candidates under every strategy.
 *
 * @example
 * ROUTING_STRATEGIES.includes(settings.routing.strategy); // true
 */
export const ROUTING_STRATEGIES = ['roundRobin', 'leastLoaded', 'skills', 'manual'] as const;

/**
 * zod schema of an agent in the settings (tiers, skills, cap, away, calendar).
 *
 * @example
 * agentSettingsSchema.safeParse(settings.agents[0]).success; // true
 */
export const agentSettingsSchema = z.object({
  id: text('agent id'),
  name: text('agent name'),
  email: z.email({ error: 'email must be an e-mail address' }),
  tiers: z.array(tierSchema).min(1, 'an agent needs at least one tier'),
  skills: z.object({
    types: z.array(z.enum(PQRS_KINDS, { error: 'skills.types: unknown PQRS type' })),
    categories: z.array(text('category')),
    languages: z.array(z.enum(['es', 'en'], { error: "skills.languages: use 'es' or 'en'" })),
  }),
  /** Most open tickets at once; null = no cap. */
  cap: z.number({ error: 'cap must be a number or null' }).int().min(0, 'cap must be ≥ 0').nullable(),
  away: z.boolean({ error: 'away must be true or false' }),
  calendarId: text('calendarId').nullable(),
});

/**
 * zod schema of the whole admin {@link Settings} object (cross-field checks: `validateSettings`).
 *
 * @example
 * settingsObjectSchema.safeParse(colombiaPreset()).success; // true
 */
export const settingsObjectSchema = z.object({
  meta: z.object({
    version: z.number({ error: 'meta.version must be a number' }).int().min(1, 'meta.version must be ≥ 1'),
    updatedAt: instant('meta.updatedAt'),
    updatedBy: text('meta.updatedBy'),
  }),
  calendars: z.array(calendarSettingsSchema).min(1, 'at least one calendar is required'),
  slaPolicies: z.array(slaPolicySettingsSchema).min(1, 'at least one SLA policy is required'),
  escalationRules: z.array(extendedEscalationRuleSchema),
  tiers: z.object({ N1: tierSettingsSchema, N2: tierSettingsSchema, N3: tierSettingsSchema, N4: tierSettingsSchema }),
  initialTier: tierSchema,
  priorityMatrix: priorityMatrixSchema,
  routing: z.object({ strategy: z.enum(ROUTING_STRATEGIES, { error: `routing.strategy must be one of ${ROUTING_STRATEGIES.join(', ')}` }) }),
  agents: z.array(agentSettingsSchema),
  /** User ids allowed to edit the settings (Teams; in Jira the Jira administrators). */
  admins: ids('admins'),
  legal: z.object({
    /** Calendar used to count legal terms (business days). */
    calendarId: text('legal.calendarId'),
    suspensionMode: z.enum(['resume', 'restart'], { error: "legal.suspensionMode must be 'resume' or 'restart'" }),
    /** Percentages of the legal term at which to alert. */
    alertPercents: z.array(z.number().positive('alert percent must be > 0').max(100, 'alert percent must be ≤ 100')),
  }),
});

/** The admin settings shared by the Jira and Teams front ends (version it: see `meta`). */
export type Settings = z.infer<typeof settingsObjectSchema>;
/** Alias of {@link Settings} (the admin pages' name). */
export type AdminSettings = Settings;
/** A named calendar of the settings. */
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
/** An SLA policy of the settings. */
export type SlaPolicySettings = z.infer<typeof slaPolicySettingsSchema>;
/** An agent of the settings. */
export type AgentSettings = z.infer<typeof agentSettingsSchema>;
/** The settings of one tier. */
export type TierSettings = z.infer<typeof tierSettingsSchema>;
/** A routing strategy as the settings name it (`skills` = least loaded among the skilled). */
export type SettingsRoutingStrategy = (typeof ROUTING_STRATEGIES)[number];
