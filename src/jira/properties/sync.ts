/** Keeps the `ventanilla` issue property in step with the ticket (one PUT after an interactive change). */
import type { Ticket } from '../../core/index';
import type { JiraContext } from '../service/context';
import type { SettingsDoc } from '../settings/settings-store';
import { propertyOf, PROPERTY_KEY } from './ventanilla-property';

/** Writes the property of `ticket` on its linked issue (no-op when unlinked). */
export async function syncProperty(ctx: JiraContext, doc: SettingsDoc, ticket: Ticket): Promise<void> {
  const record = await ctx.store.record(ticket.id);
  if (!record?.issueId) return;
  await ctx.jira.setIssueProperty(record.issueId, PROPERTY_KEY, propertyOf(record.ticket, doc.settings, ctx.clock.now()));
}
