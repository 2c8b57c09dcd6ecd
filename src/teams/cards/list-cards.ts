import { t, type Locale } from '../../core/index';
import type { TicketView, Tier } from '../service/types';
import { actionSet, card, execute, heading, text } from './elements';
import { cardInstant, kindLabel, nextSlaDue, priorityLabel, statusLabel } from './labels';
import type { AdaptiveCard, CardElement, Container } from './types';
import { VERBS } from './verbs';

/** Most rows a list card shows (cards stay small; the tabs show everything). */
export const LIST_LIMIT = 10;

function row(locale: Locale, view: TicketView, lines: string[]): Container {
  return {
    type: 'Container',
    separator: true,
    items: [
      text(`**${view.number}** · ${view.subject}`),
      text(lines.join(' · '), { isSubtle: true, spacing: 'None' }),
      actionSet([execute(VERBS.status, t(locale, 'bot.action.open'), { number: view.number })]),
    ],
  };
}

function more(locale: Locale, key: string, total: number): CardElement[] {
  return total > LIST_LIMIT ? [text(t(locale, key, { count: total - LIST_LIMIT }), { isSubtle: true })] : [];
}

/**
 * "My requests": the requester's tickets (newest first, as given), at most {@link LIST_LIMIT}.
 *
 * @example
 * myRequestsCard('es', views);
 */
export function myRequestsCard(locale: Locale, views: readonly TicketView[]): AdaptiveCard {
  const body: CardElement[] = [heading(t(locale, 'bot.mine.title'))];
  if (views.length === 0) body.push(text(t(locale, 'bot.mine.empty')));
  for (const view of views.slice(0, LIST_LIMIT)) {
    body.push(row(locale, view, [statusLabel(locale, view.status), kindLabel(locale, view.type), priorityLabel(locale, view.priority)]));
  }
  body.push(...more(locale, 'bot.mine.more', views.length));
  return card(body, [execute(VERBS.intakeOpen, t(locale, 'bot.action.new'))]);
}

/**
 * The agents' queue (sorted by time to breach, as given), at most {@link LIST_LIMIT} rows.
 *
 * @example
 * queueCard('en', views, 'N2');
 */
export function queueCard(locale: Locale, views: readonly TicketView[], tier?: Tier): AdaptiveCard {
  const title = tier ? t(locale, 'bot.queue.titleTier', { tier }) : t(locale, 'bot.queue.title');
  const body: CardElement[] = [heading(title)];
  if (views.length === 0) body.push(text(t(locale, 'bot.queue.empty')));
  for (const view of views.slice(0, LIST_LIMIT)) {
    const due = nextSlaDue(view);
    const lines = [priorityLabel(locale, view.priority), view.tier, kindLabel(locale, view.type)];
    if (due) lines.push(cardInstant(due));
    lines.push(view.assigneeId ?? t(locale, 'bot.field.unassigned'));
    body.push(row(locale, view, lines));
  }
  body.push(...more(locale, 'bot.queue.more', views.length));
  return card(body, [execute(VERBS.queue, t(locale, 'bot.action.queue'), tier ? { tier } : {})]);
}
