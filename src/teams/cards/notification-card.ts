import { t, typeChangedText, type Locale, type Notification } from '../../core/index';
import { card, execute, text } from './elements';
import { priorityLabel, statusLabel } from './labels';
import type { AdaptiveCard } from './types';
import { VERBS } from './verbs';

/** The message of a notification, in `locale` (every kind has a `bot.notify.<kind>` template). */
export function notificationText(locale: Locale, n: Notification): string {
  const base = { number: n.number };
  switch (n.kind) {
    case 'statusChanged':
      return t(locale, 'bot.notify.statusChanged', { ...base, from: statusLabel(locale, n.from), to: statusLabel(locale, n.to) });
    case 'priorityChanged':
      return t(locale, 'bot.notify.priorityChanged', { ...base, from: priorityLabel(locale, n.from), to: priorityLabel(locale, n.to) });
    case 'escalated':
      return t(locale, 'bot.notify.escalated', { ...base, from: n.from, to: n.to });
    case 'slaThreshold':
      return t(locale, 'bot.notify.slaThreshold', { ...base, percent: n.atPercent, metric: t(locale, `bot.metric.${n.metric}`) });
    case 'legalThreshold':
      return t(locale, 'bot.notify.legalThreshold', { ...base, percent: n.atPercent, dueDate: n.dueDate });
    case 'legalExtended':
      return t(locale, 'bot.notify.legalExtended', { ...base, days: n.days, dueDate: n.dueDate });
    case 'rated':
      return t(locale, 'bot.notify.rated', { ...base, score: n.score });
    case 'typeChanged':
      return typeChangedText(locale, n, 'requester');
    default:
      return t(locale, `bot.notify.${n.kind}`, base);
  }
}

/**
 * A proactive notice about a ticket, with a button to see its status.
 *
 * @example
 * notificationCard('es', { kind: 'resolved', csatRequested: false, ticketId: 't-1', number: 'PQRS-2026-000001', ... });
 */
export function notificationCard(locale: Locale, n: Notification): AdaptiveCard {
  return card(
    [text(notificationText(locale, n))],
    [execute(VERBS.status, t(locale, 'bot.action.status'), { number: n.number })],
  );
}
