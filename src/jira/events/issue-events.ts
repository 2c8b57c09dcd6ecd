/**
 * The issue trigger: translates Jira events into ticket use cases (created → filed; public
 * comment → reply; status/priority/assignee changes → changeStatus/changePriority/assignTicket;
 * labels → changeType (type label) / changePriority (impact/urgency labels), ADR 0086; the
 * mapping's select custom fields → the same (ADR 0089);
 * deleted → closed), then refreshes the `ventanilla` property. At-least-once delivery: each event key is recorded with
 * the ticket's own write, so a redelivery changes nothing. The app's own comments and field
 * changes are skipped (besides the manifest's `ignoreSelf`). Rate limits → `InvocationError` retry.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { kvs } from '@forge/kvs';
import {
  assignTicket, changePriority, changeStatus, changeType, priorityOf, replyToTicket, type Actor, type TicketDeps,
} from '../../core/index';
import { adfToText } from '../client/adf';
import { RateLimitedError } from '../client/request';
import { ownChangeKey, ownCommentKey } from '../notifier/own-writes';
import { clockAt } from '../platform/runtime';
import { syncProperty } from '../properties/sync';
import { ticketDeps, type JiraContext } from '../service/context';
import type { SettingsDoc } from '../settings/settings-store';
import { digest } from '../store/kv';
import { markedStore } from '../store/marked-store';
import { ensureTicket } from './issue-to-ticket';
import { labelDecision, labelList, labelSetValue, type LabelDecision } from './label-changes';
import { issueEventSchema, jiraInstant, type ChangeItem, type IssueEvent } from './payloads';
import { isSelectField, selectDecision } from './select-fields';

export type EventOutcome = { outcome: 'applied' | 'duplicate' | 'ignored' | 'invalid'; ticketId?: string };

/** The dedupe key of an event: changelog id, comment id, or a digest of what changed. */
export function eventKey(ev: IssueEvent): string {
  if (ev.eventType === 'avi:jira:commented:issue' && ev.comment) return `cmt:${ev.comment.id}`;
  if (ev.changelog?.id) return `chg:${ev.changelog.id}`;
  return `evt:${digest(JSON.stringify([ev.eventType, ev.issue.id, ev.issue.fields?.updated ?? null, ev.changelog?.items ?? null]))}`;
}

export async function handleIssueEvent(ctx: JiraContext, raw: unknown): Promise<EventOutcome | ReturnType<typeof retry>> {
  const parsed = issueEventSchema.safeParse(raw);
  if (!parsed.success) return { outcome: 'invalid' };
  try {
    return await apply(ctx, parsed.data);
  } catch (error) {
    if (error instanceof RateLimitedError) return retry(error.retryAfterSeconds);
    throw error;
  }
}

function retry(seconds: number) {
  return new InvocationError({ retryAfter: Math.max(1, seconds), retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
}

async function apply(ctx: JiraContext, ev: IssueEvent): Promise<EventOutcome> {
  const doc = await ctx.settings.current();
  if (ev.eventType === 'avi:jira:commented:issue' && ev.comment && (await kvs.get(ownCommentKey(ev.comment.id))) !== undefined) {
    return { outcome: 'ignored' };
  }
  if (ev.eventType === 'avi:jira:deleted:issue') return closeDeleted(ctx, doc, ev);
  const record = await ensureTicket(ctx, doc, ev.issue.id);
  if (!record) return { outcome: 'ignored' };
  if (ev.eventType === 'avi:jira:created:issue') {
    await syncProperty(ctx, doc, record.ticket);
    return { outcome: 'applied', ticketId: record.ticketId };
  }
  const key = eventKey(ev);
  if (record.seen?.includes(key)) return { outcome: 'duplicate', ticketId: record.ticketId };
  const at = ev.eventType === 'avi:jira:commented:issue' ? jiraInstant(ev.comment?.created) : jiraInstant(ev.issue.fields?.updated);
  const deps: TicketDeps = { ...ticketDeps(ctx, doc, false, clockAt(at, ctx.clock)), store: markedStore(ctx.store, key) };
  const ticketId = record.ticketId;
  if (ev.eventType === 'avi:jira:commented:issue') {
    const author = ev.comment?.author?.accountId ?? ev.atlassianId ?? 'jira';
    const actor: Actor = author === record.ticket.requester.userId ? { id: author, role: 'requester' } : { id: author, role: 'agent' };
    const message = adfToText(ev.comment?.body).trim() || '(Jira)';
    await replyToTicket(deps, { ticketId, actor, message, public: ev.comment?.jsdPublic !== false });
  } else {
    const actor: Actor = { id: ev.atlassianId ?? 'jira', role: 'agent' };
    for (const item of ev.changelog?.items ?? []) await applyChange(deps, doc, ev.issue.id, ticketId, actor, item);
  }
  const saved = await ctx.store.get(ticketId);
  if (saved) await syncProperty(ctx, doc, saved);
  return { outcome: 'applied', ticketId };
}

/** A deleted issue closes its ticket (history kept; no more wake-ups). */
async function closeDeleted(ctx: JiraContext, doc: SettingsDoc, ev: IssueEvent): Promise<EventOutcome> {
  const record = await ctx.store.getByIssueId(ev.issue.id);
  if (!record || record.ticket.status === 'closed') return { outcome: 'ignored' };
  const deps: TicketDeps = { ...ticketDeps(ctx, doc, false), store: markedStore(ctx.store, eventKey(ev)) };
  const actor: Actor = { id: ev.atlassianId ?? 'jira', role: 'agent' };
  await changeStatus(deps, { ticketId: record.ticketId, actor, status: 'closed', reason: 'Jira: issue deleted' });
  return { outcome: 'applied', ticketId: record.ticketId };
}

async function isOwnChange(issueId: string, field: string, to: string | null): Promise<boolean> {
  const key = ownChangeKey(issueId, field, to);
  if ((await kvs.get(key)) === undefined) return false;
  await kvs.delete(key);
  return true;
}

async function applyChange(deps: TicketDeps, doc: SettingsDoc, issueId: string, ticketId: string, actor: Actor, item: ChangeItem): Promise<void> {
  const field = item.fieldId ?? item.field;
  if (field === 'status') {
    const status = doc.jira.statuses[item.toString ?? ''];
    if (!status || (await isOwnChange(issueId, 'status', item.toString ?? null))) return;
    await changeStatus(deps, { ticketId, actor, status, reason: `Jira: ${item.toString ?? ''}` });
  } else if (field === 'priority') {
    const name = item.toString ?? '';
    const levels = doc.jira.priorities[name];
    if (!levels || (await isOwnChange(issueId, 'priority', name))) return;
    await changePriority(deps, { ticketId, actor, priority: priorityOf(levels.impact, levels.urgency, doc.settings.priorityMatrix) });
  } else if (field === 'assignee') {
    const to = item.to ?? null;
    if (await isOwnChange(issueId, 'assignee', to)) return;
    await assignTicket(deps, { ticketId, actor, assigneeId: to });
  } else if (field === 'labels') {
    await applyLabels(deps, doc, issueId, ticketId, actor, item);
  } else if (isSelectField(doc.jira, field)) {
    await applySelect(deps, doc, issueId, ticketId, actor, field, item);
  }
}

/**
 * Labels (ADR 0086): a new type label reclassifies the ticket; changed impact/urgency labels
 * change its priority when the matrix gives another one. The app's own label writes are skipped.
 */
async function applyLabels(deps: TicketDeps, doc: SettingsDoc, issueId: string, ticketId: string, actor: Actor, item: ChangeItem): Promise<void> {
  const after = labelList(item.toString);
  if (await isOwnChange(issueId, 'labels', labelSetValue(after))) return;
  const ticket = await deps.store.get(ticketId);
  if (!ticket) return;
  const decision = labelDecision(doc.jira, ticket, labelList(item.fromString), after);
  await applyDecision(deps, doc, ticket, actor, decision, { type: `Jira: ${doc.jira.typeLabelPrefix}${decision.type ?? ''}`, levels: 'Jira: labels' });
}

/**
 * Select custom fields (ADR 0089): the new option (`toString`) of the type field reclassifies, of
 * the impact/urgency field changes the priority when the matrix gives another one. Cleared or
 * unmapped options change nothing; the app's own writes (marker on field id + option) are skipped.
 */
async function applySelect(
  deps: TicketDeps, doc: SettingsDoc, issueId: string, ticketId: string, actor: Actor, fieldId: string, item: ChangeItem,
): Promise<void> {
  const to = item.toString ?? null;
  if (await isOwnChange(issueId, fieldId, to)) return;
  const ticket = await deps.store.get(ticketId);
  if (!ticket) return;
  const decision = selectDecision(doc.jira, ticket, fieldId, to);
  const reason = `Jira: ${item.field} = ${to ?? ''}`;
  await applyDecision(deps, doc, ticket, actor, decision, { type: reason, levels: reason });
}

/** Applies a label/select decision: reclassify, then the priority the new levels give (if it differs). */
async function applyDecision(
  deps: TicketDeps, doc: SettingsDoc, ticket: { id: string; priority: string }, actor: Actor, decision: LabelDecision, reasons: { type: string; levels: string },
): Promise<void> {
  const ticketId = ticket.id;
  if (decision.type !== null) await changeType(deps, { ticketId, actor, type: decision.type, reason: reasons.type });
  if (decision.levels !== null) {
    const { impact, urgency } = decision.levels;
    const priority = priorityOf(impact, urgency, doc.settings.priorityMatrix);
    if (priority !== ticket.priority) await changePriority(deps, { ticketId, actor, priority, impact, urgency, reason: reasons.levels });
  }
}
