/**
 * The Jira issue of a ticket filed through the web trigger: created once in the intake project
 * with the radicado in the summary, PQRS labels (and the type select field when one is configured,
 * ADR 0089) and the `ventanilla` property, then linked. On a
 * repeat whose issue link is missing (a crash between create and link), the issue is looked up by
 * its `ventanillaTicketId` before creating another.
 */
import type { Ticket } from '../../core/index';
import { propertyOf, PROPERTY_KEY } from '../properties/ventanilla-property';
import type { JiraContext } from '../service/context';
import type { SettingsDoc } from '../settings/settings-store';
import type { IssueLink } from '../store/record';
import { optionFor } from '../events/select-fields';

/** Summary shown in Jira: radicado first, within Jira's 255-character limit. */
export function summaryOf(ticket: Pick<Ticket, 'number' | 'subject'>): string {
  return `${ticket.number} · ${ticket.subject}`.slice(0, 255);
}

/** Labels that carry the PQRS fields (so JQL and the mapping read them back). */
export function labelsOf(ticket: Pick<Ticket, 'type' | 'impact' | 'urgency'>, doc: SettingsDoc): string[] {
  const m = doc.jira;
  return ['ventanilla', `${m.typeLabelPrefix}${ticket.type}`, `${m.impactLabelPrefix}${ticket.impact}`, `${m.urgencyLabelPrefix}${ticket.urgency}`];
}

/**
 * The select custom fields to set on creation: the type field's option that maps to the ticket's
 * type; none configured or no option maps → `{}` (the labels still carry it).
 *
 * @example
 * selectFieldsOf({ type: 'queja' }, doc); // { customfield_10050: { value: 'Queja' } }
 */
export function selectFieldsOf(ticket: Pick<Ticket, 'type'>, doc: SettingsDoc): Record<string, { value: string }> {
  const field = doc.jira.typeField;
  const option = optionFor(field, ticket.type);
  return field && option !== null ? { [field.fieldId]: { value: option } } : {};
}

export async function ensureIssue(ctx: JiraContext, doc: SettingsDoc, ticket: Ticket, project: string, repeat: boolean): Promise<IssueLink> {
  const record = await ctx.store.record(ticket.id);
  if (record?.issueId !== undefined && record.issueKey !== undefined) return { issueId: record.issueId, issueKey: record.issueKey };
  if (repeat) {
    for await (const found of ctx.jira.searchJql(`project = "${project}" AND ventanillaTicketId = "${ticket.id}"`, { pageSize: 1 })) {
      const link = { issueId: found.id, issueKey: found.key };
      await ctx.store.link(ticket.id, link);
      return link;
    }
  }
  const created = await ctx.jira.createIssue({
    projectKey: project,
    issueType: doc.jira.intakeIssueType,
    summary: summaryOf(ticket),
    description: ticket.description,
    labels: labelsOf(ticket, doc),
    customFields: selectFieldsOf(ticket, doc),
    properties: { [PROPERTY_KEY]: propertyOf(ticket, doc.settings, ctx.clock.now()) },
  });
  const link = { issueId: created.id, issueKey: created.key };
  await ctx.store.link(ticket.id, link);
  return link;
}
