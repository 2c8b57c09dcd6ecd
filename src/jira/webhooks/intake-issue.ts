/**
 * The Jira issue of a ticket filed through the web trigger: created once in the intake project
 * with the radicado in the summary, PQRS labels and the `ventanilla` property, then linked. On a
 * repeat whose issue link is missing (a crash between create and link), the issue is looked up by
 * its `ventanillaTicketId` before creating another.
 */
import type { Ticket } from '../../core/index';
import { propertyOf, PROPERTY_KEY } from '../properties/ventanilla-property';
import type { JiraContext } from '../service/context';
import type { SettingsDoc } from '../settings/settings-store';
import type { IssueLink } from '../store/record';

/** Summary shown in Jira: radicado first, within Jira's 255-character limit. */
export function summaryOf(ticket: Pick<Ticket, 'number' | 'subject'>): string {
  return `${ticket.number} · ${ticket.subject}`.slice(0, 255);
}

/** Labels that carry the PQRS fields (so JQL and the mapping read them back). */
export function labelsOf(ticket: Pick<Ticket, 'type' | 'impact' | 'urgency'>, doc: SettingsDoc): string[] {
  const m = doc.jira;
  return ['ventanilla', `${m.typeLabelPrefix}${ticket.type}`, `${m.impactLabelPrefix}${ticket.impact}`, `${m.urgencyLabelPrefix}${ticket.urgency}`];
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
    properties: { [PROPERTY_KEY]: propertyOf(ticket, doc.settings, ctx.clock.now()) },
  });
  const link = { issueId: created.id, issueKey: created.key };
  await ctx.store.link(ticket.id, link);
  return link;
}
