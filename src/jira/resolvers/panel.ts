/**
 * The SLA panel's data for one issue: the core ticket view, pause state, legal extension, a
 * localized timeline of SLA events and escalations, which agent actions are allowed now, and the
 * calendar (so the UI ticks remaining business time with the core's calendar functions).
 */
import {
  changeType, fail, isDone, isPaused, rulesFor, t, toTicketView,
  type Actor, type Locale, type PqrsKind, type Result, type Settings, type Ticket, type TicketDeps, type TicketHistoryEntry,
} from '../../core/index';
import { labelSetValue } from '../events/label-changes';
import { optionFor, selectOption } from '../events/select-fields';
import { ownChangeKey, rememberOwnWrite } from '../notifier/own-writes';
import type { JiraContext } from '../service/context';
import type { JiraMapping } from '../settings/mapping';
import { panelSchema, wirePqrsKind, type WirePanel } from './contract';

type Entry = { at: string; type: string; text: string };

function line(e: TicketHistoryEntry, l: Locale): Entry | null {
  const status = (s: string) => t(l, `tickets.status.${s}`);
  switch (e.type) {
    case 'created':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.created', { priority: e.priority, tier: e.tier }) };
    case 'statusChanged':
      if (isPaused(e.to)) return { at: e.at, type: 'paused', text: t(l, 'jira.timeline.paused', { reason: e.reason ?? status(e.to) }) };
      if (isPaused(e.from)) return { at: e.at, type: 'resumed', text: t(l, 'jira.timeline.resumed') };
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.statusChanged', { from: status(e.from), to: status(e.to) }) };
    case 'priorityChanged':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.priorityChanged', { from: e.from, to: e.to }) };
    case 'typeChanged':
      return { at: e.at, type: e.type, text: t(l, 'tickets.reclassify.timeline', { from: t(l, `tickets.type.${e.from}`), to: t(l, `tickets.type.${e.to}`) }) };
    case 'tierChanged':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.tierChanged', { from: e.from, to: e.to, reason: e.reason }) };
    case 'replied':
      return e.by === 'agent' && e.public ? { at: e.at, type: e.type, text: t(l, 'jira.timeline.replied') } : null;
    case 'legalExtended':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.legalExtended', { days: e.days, dueDate: e.dueDate }) };
    case 'escalationFired': {
      const source = e.source === 'legal' ? 'legal' : t(l, `jira.metric.${e.source}`);
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.escalationFired', { atPercent: e.atPercent, source }) };
    }
    case 'resolved':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.resolved') };
    case 'reopened':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.reopened') };
    case 'assigned':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.assigned') };
    case 'rated':
      return { at: e.at, type: e.type, text: t(l, 'jira.timeline.rated', { score: e.score }) };
    default:
      return null;
  }
}

/**
 * The panel for `ticket` (null = the issue is not a ticket).
 *
 * @example
 * panelOf('10001', ticket, settings, now, 'es').actions.pause; // true for an open ticket
 */
export function panelOf(issueId: string, ticket: Ticket | null, settings: Settings, now: Date, locale: Locale): WirePanel {
  const serverNow = now.toISOString();
  if (!ticket) {
    return {
      issueId, ticket: null, paused: null, legalExtension: null, timeline: [], calendar: null, serverNow, locale,
      actions: { pause: false, resume: false, extend: false, tierUp: false, tierDown: false },
    };
  }
  const view = toTicketView(ticket, settings, now);
  const timeline = ticket.history.map((e) => line(e, locale)).filter((e): e is Entry => e !== null);
  for (const clock of view.sla) {
    if (clock.breachedAt) timeline.push({ at: clock.breachedAt, type: 'breached', text: t(locale, 'jira.timeline.breached', { metric: t(locale, `jira.metric.${clock.metric}`) }) });
  }
  timeline.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const lastPause = [...ticket.history].reverse().find((e) => e.type === 'statusChanged' && isPaused(e.to));
  const done = isDone(ticket.status);
  const paused = isPaused(ticket.status);
  return panelSchema.parse({
    issueId,
    ticket: view,
    paused: paused && lastPause ? { since: lastPause.at, reason: lastPause.type === 'statusChanged' ? lastPause.reason : null } : null,
    legalExtension: view.legal ? { used: view.legal.extended, days: view.legal.extensionDays, maxDays: view.legal.maxExtensionDays } : null,
    timeline,
    actions: {
      pause: !done && !paused,
      resume: paused,
      extend: view.legal?.canExtend ?? false,
      tierUp: !done && ticket.tier !== 'N4',
      tierDown: !done && ticket.tier !== 'N1',
    },
    calendar: rulesFor(settings, ticket).policy.calendar,
    serverNow,
    locale,
  });
}


/**
 * Writes `type` back to the issue in one edit: the type label (every other `<prefix><kind>` label
 * removed, `<prefix><type>` added) and, when the mapping has a type select field, its option for
 * `type` (ADR 0089). Each write is marked as the app's own change so the trigger skips it.
 */
async function writeTypeBack(ctx: JiraContext, mapping: JiraMapping, issueId: string, type: PqrsKind): Promise<void> {
  const field = mapping.typeField ?? null;
  const issue = await ctx.jira.getIssue(issueId, [], field ? [field.fieldId] : []);
  const labels = issue?.fields.labels ?? [];
  const wanted = `${mapping.typeLabelPrefix}${type}`;
  const isTypeLabel = (l: string) => l.startsWith(mapping.typeLabelPrefix) && wirePqrsKind.safeParse(l.slice(mapping.typeLabelPrefix.length)).success;
  const remove = labels.filter((l) => isTypeLabel(l) && l !== wanted);
  const add = labels.includes(wanted) ? [] : [wanted];
  const option = field ? optionFor(field, type) : null;
  const setOption = field !== null && option !== null && issue !== null && selectOption(issue.fields, field.fieldId) !== option;
  if (remove.length === 0 && add.length === 0 && !setOption) return;
  if (remove.length > 0 || add.length > 0) await rememberOwnWrite(ownChangeKey(issueId, 'labels', labelSetValue([...labels.filter((l) => !remove.includes(l)), ...add])));
  if (setOption) await rememberOwnWrite(ownChangeKey(issueId, field.fieldId, option));
  await ctx.jira.editIssue(issueId, {
    ...((remove.length > 0 || add.length > 0) && { labels: { add, remove } }),
    ...(setOption && { fields: { [field.fieldId]: { value: option } } }),
  });
}

/**
 * The panel's "Reclasificar" (ADR 0086): `changeType` as the agent, then the type label written
 * back to the Jira issue. `invalid_input` without a type.
 *
 * @example
 * await reclassifyFromPanel(ctx, doc.jira, deps, { issueId: '10001', ticketId: 't-1', actor, type: 'queja', reason: 'Es una queja' });
 */
export async function reclassifyFromPanel(
  ctx: JiraContext,
  mapping: JiraMapping,
  deps: TicketDeps,
  input: { issueId: string; ticketId: string; actor: Actor; type: PqrsKind | undefined; reason?: string },
): Promise<Result<Ticket>> {
  if (input.type === undefined) return fail('invalid_input', { detail: 'type' });
  const result = await changeType(deps, { ticketId: input.ticketId, actor: input.actor, type: input.type, ...(input.reason !== undefined && { reason: input.reason }) });
  if (result.ok) await writeTypeBack(ctx, mapping, input.issueId, result.value.type);
  return result;
}
