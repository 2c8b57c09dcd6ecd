/**
 * The SLA panel's data for one issue: the core ticket view, pause state, legal extension, a
 * localized timeline of SLA events and escalations, which agent actions are allowed now, and the
 * calendar (so the UI ticks remaining business time with the core's calendar functions).
 */
import {
  isDone, isPaused, rulesFor, t, toTicketView, type Locale, type Settings, type Ticket, type TicketHistoryEntry,
} from '../../core/index';
import { panelSchema, type WirePanel } from './contract';

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
