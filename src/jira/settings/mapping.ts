/**
 * How Jira issues map to tickets (Jira-only settings, stored beside the core settings): enabled
 * projects, where PQRS type / impact / urgency come from (labels with a prefix, or the Jira
 * priority), and what each Jira status means for the ticket.
 */
import { z } from 'zod';
import { wireLevel, wirePqrsKind, wirePriority, wireStatus } from '../resolvers/contract';

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
  /** Jira priority name → impact and urgency (and so the ticket priority). */
  priorities: z.record(z.string(), z.object({ impact: wireLevel, urgency: wireLevel })),
  /** Ticket priority → Jira priority name (written back when an escalation raises it). */
  jiraPriorityOf: z.record(wirePriority, z.string()),
  /** Jira status name → ticket status; unknown statuses fall back to the status category. */
  statuses: z.record(z.string(), wireStatus),
});
export type JiraMapping = z.infer<typeof jiraMappingSchema>;

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
