/**
 * How Jira issues map to tickets (Jira-only settings, stored beside the core settings): enabled
 * projects, where PQRS type / impact / urgency come from (a single-select custom field, labels
 * with a prefix, or the Jira priority), and what each Jira status means for the ticket.
 *
 * Precedence (ADR 0089): a configured select field whose option is set and mapped wins; else the
 * label; else `defaultType` (type) or the Jira priority (impact / urgency).
 */
import { z } from 'zod';
import { wireLevel, wirePqrsKind, wirePriority, wireStatus } from '../resolvers/contract';

/** A custom field id as Jira names it (`customfield_10050`). */
export const CUSTOM_FIELD_ID = /^customfield_\d+$/;

/**
 * A single-select custom field mapping: the field id and, per option value as shown in Jira, the
 * wire value it means. Messages name the field (`typeField.fieldId …`) and use the wording the
 * core translates to Spanish / English (`localizeMessage`).
 *
 * @example
 * selectFieldSchema('typeField', wirePqrsKind).parse({ fieldId: 'customfield_10050', values: { Queja: 'queja' } });
 */
export function selectFieldSchema<T extends z.core.util.EnumLike>(name: string, kind: z.ZodEnum<T>) {
  const options = kind.options.map(String);
  return z.object({
    fieldId: z.string({ error: `${name}.fieldId must be text` })
      .regex(CUSTOM_FIELD_ID, `${name}.fieldId must be one of customfield_<n> (customfield_10050)`),
    values: z.record(
      z.string().trim().min(1),
      z.enum(kind.enum, { error: `${name}.values must be one of ${options.join(', ')}` }),
      { error: `${name}.values must be one of non-blank Jira option → ${options.join(' | ')}` },
    ),
  }, { error: `${name} must be one of null, { fieldId, values }` }).nullable().optional();
}

export const jiraMappingSchema = z.object({
  /** Project keys whose issues are tickets. */
  enabledProjects: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'a Jira project key, e.g. PQRS')),
  /** Project for web-trigger intake (overrides the VENTANILLA_INTAKE_PROJECT variable). */
  intakeProject: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'a Jira project key').nullable(),
  intakeIssueType: z.string().trim().min(1, 'intakeIssueType is required'),
  /** Labels `<typePrefix><kind>` (e.g. `pqrs-queja`) set the PQRS type; else `defaultType`. */
  typeLabelPrefix: z.string().min(1),
  defaultType: wirePqrsKind,
  /** Labels `<impactPrefix>alta` / `<urgencyPrefix>baja`; else from the Jira priority below. */
  impactLabelPrefix: z.string().min(1),
  urgencyLabelPrefix: z.string().min(1),
  /** Optional single-select custom fields (ADR 0089): they win over labels and the priority. */
  typeField: selectFieldSchema('typeField', wirePqrsKind),
  impactField: selectFieldSchema('impactField', wireLevel),
  urgencyField: selectFieldSchema('urgencyField', wireLevel),
  /** Jira priority name → impact and urgency (and so the ticket priority). */
  priorities: z.record(z.string(), z.object({ impact: wireLevel, urgency: wireLevel })),
  /** Ticket priority → Jira priority name (written back when an escalation raises it). */
  jiraPriorityOf: z.record(wirePriority, z.string()),
  /** Jira status name → ticket status; unknown statuses fall back to the status category. */
  statuses: z.record(z.string(), wireStatus),
});
export type JiraMapping = z.infer<typeof jiraMappingSchema>;
/** One configured select field (type or level). */
export type SelectFieldMapping<V extends string = string> = { fieldId: string; values: Record<string, V> };
/** The mapping keys that hold a select field. */
export const SELECT_FIELD_KEYS = ['typeField', 'impactField', 'urgencyField'] as const;
export type SelectFieldKey = (typeof SELECT_FIELD_KEYS)[number];

/**
 * The custom field ids the mapping reads (to request them with the issue).
 *
 * @example
 * selectFieldIds({ ...m, typeField: { fieldId: 'customfield_10050', values: {} } }); // ['customfield_10050']
 */
export function selectFieldIds(mapping: Pick<JiraMapping, SelectFieldKey>): string[] {
  return [...new Set(SELECT_FIELD_KEYS.flatMap((k) => { const f = mapping[k]; return f ? [f.fieldId] : []; }))];
}

/** Defaults for a Jira Software / Work Management project (and the test fake). */
export function defaultMapping(intakeProject: string | null): JiraMapping {
  return {
    enabledProjects: intakeProject ? [intakeProject] : [],
    intakeProject,
    intakeIssueType: 'Task',
    typeLabelPrefix: 'pqrs-',
    defaultType: 'peticion',
    impactLabelPrefix: 'impacto-',
    urgencyLabelPrefix: 'urgencia-',
    priorities: {
      Highest: { impact: 'alta', urgency: 'alta' },
      High: { impact: 'alta', urgency: 'media' },
      Medium: { impact: 'media', urgency: 'media' },
      Low: { impact: 'media', urgency: 'baja' },
      Lowest: { impact: 'baja', urgency: 'baja' },
    },
    jiraPriorityOf: { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low', P5: 'Lowest' },
    statuses: {
      'To Do': 'open',
      Open: 'open',
      'In Progress': 'inProgress',
      'Waiting for customer': 'waitingRequester',
      'Waiting for third party': 'waitingThirdParty',
      Done: 'resolved',
      Closed: 'closed',
    },
  };
}
