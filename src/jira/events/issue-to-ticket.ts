/**
 * Jira issue → ticket: the intake request an issue maps to (type, impact, urgency from a select
 * field, labels or the Jira priority, in that order, per the admin's mapping; ADR 0089), and `ensureTicket`, which files the ticket for
 * an issue of an enabled project once (intake key `jira:<issueId>`) and links it.
 */
import { fileTicket, type IntakeRequest } from '../../core/index';
import { adfToText } from '../client/adf';
import type { JiraIssue } from '../client/jira-client';
import { clockAt } from '../platform/runtime';
import { PROPERTY_KEY } from '../properties/ventanilla-property';
import { wireLevel, wirePqrsKind } from '../resolvers/contract';
import { ticketDeps, type JiraContext } from '../service/context';
import { selectFieldIds, type JiraMapping } from '../settings/mapping';
import type { SettingsDoc } from '../settings/settings-store';
import type { TicketRecord } from '../store/record';
import { jiraInstant } from './payloads';
import { fromSelect, selectOption } from './select-fields';

/**
 * The first label `<prefix><value>` whose value parses, or null.
 *
 * @example
 * fromLabel(['x', 'pqrs-queja'], 'pqrs-', (v) => v); // 'queja'
 */
export function fromLabel<T>(labels: readonly string[], prefix: string, parse: (v: string) => T | null): T | null {
  for (const label of labels) {
    if (!label.startsWith(prefix)) continue;
    const v = parse(label.slice(prefix.length));
    if (v !== null) return v;
  }
  return null;
}

/** Placeholder address for Jira users (Jira hides e-mails); the account id is kept as `userId`. */
export function jiraUserEmail(accountId: string): string {
  return `${accountId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}@users.jira.invalid`;
}

/**
 * The intake request of an issue under `mapping`. Each of type / impact / urgency: the configured
 * select field's option when set and mapped, else the label, else the default type / the Jira
 * priority.
 *
 * @example
 * intakeOf(issue, mapping); // { type: 'queja', impact: 'alta', urgency: 'media', channel: 'jira', … }
 */
export function intakeOf(issue: JiraIssue, mapping: JiraMapping): IntakeRequest {
  const labels = issue.fields.labels ?? [];
  const level = (v: string) => wireLevel.safeParse(v).data ?? null;
  const byPriority = mapping.priorities[issue.fields.priority?.name ?? ''] ?? { impact: 'media', urgency: 'media' };
  const summary = (issue.fields.summary ?? '').trim() || issue.key;
  const reporter = issue.fields.reporter?.accountId ?? 'unknown';
  const select = <V extends string>(f: { fieldId: string; values: Record<string, V> } | null | undefined) =>
    (f ? fromSelect(f, selectOption(issue.fields, f.fieldId)) : null);
  return {
    type: select(mapping.typeField) ?? fromLabel(labels, mapping.typeLabelPrefix, (v) => wirePqrsKind.safeParse(v).data ?? null) ?? mapping.defaultType,
    subject: summary.slice(0, 200),
    description: (adfToText(issue.fields.description).trim() || summary).slice(0, 10_000),
    impact: select(mapping.impactField) ?? fromLabel(labels, mapping.impactLabelPrefix, level) ?? byPriority.impact,
    urgency: select(mapping.urgencyField) ?? fromLabel(labels, mapping.urgencyLabelPrefix, level) ?? byPriority.urgency,
    channel: 'jira',
    requester: { name: reporter, email: jiraUserEmail(reporter), userId: reporter },
  };
}

/** The ticket record of `issueId`, filing it when the issue belongs to an enabled project. */
export async function ensureTicket(ctx: JiraContext, doc: SettingsDoc, issueId: string): Promise<TicketRecord | null> {
  const linked = await ctx.store.getByIssueId(issueId);
  if (linked) return linked;
  const issue = await ctx.jira.getIssue(issueId, [PROPERTY_KEY], selectFieldIds(doc.jira));
  const project = issue?.fields.project?.key;
  if (!issue || !project || !doc.jira.enabledProjects.includes(project)) return null;
  const link = { issueId: issue.id, issueKey: issue.key };
  // Created by the web trigger: the property names the ticket before the link is written.
  const prop = issue.properties?.[PROPERTY_KEY];
  const ownTicket = typeof prop === 'object' && prop !== null && 'ticketId' in prop && typeof prop.ticketId === 'string' ? prop.ticketId : null;
  if (ownTicket !== null && (await ctx.store.get(ownTicket))) {
    await ctx.store.link(ownTicket, link);
    return ctx.store.record(ownTicket);
  }
  const deps = ticketDeps(ctx, doc, false, clockAt(jiraInstant(issue.fields.created), ctx.clock));
  const reporter = issue.fields.reporter?.accountId ?? 'unknown';
  const filed = await fileTicket(deps, {
    intakeKey: `jira:${issue.id}`,
    request: intakeOf(issue, doc.jira),
    actor: { id: reporter, role: 'requester' },
  });
  if (!filed.ok) throw new Error(`fileTicket failed for issue ${issue.id}: ${filed.error.code}`);
  await ctx.store.link(filed.value.id, link);
  return ctx.store.record(filed.value.id);
}
