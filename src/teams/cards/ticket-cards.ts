import { t, type Locale } from '../../core/index';
import type { TicketView } from '../service/types';
import { card, execute, facts, heading, showCard, subCard, text } from './elements';
import { ticketFacts } from './labels';
import type { AdaptiveCard, CardAction } from './types';
import { VERBS } from './verbs';

/**
 * The acknowledgement after filing: radicado number, priority, legal due date. `created: false`
 * says the request was already filed (a retried or repeated submit). `formSent` marks the card
 * that replaces a submitted intake form (Universal Actions response card): read-only, no inputs,
 * no submit action, so the form cannot be sent again (ADR 0088).
 *
 * @example
 * ackCard('es', view, true);
 */
export function ackCard(locale: Locale, view: TicketView, created: boolean, options: { formSent?: boolean } = {}): AdaptiveCard {
  return card(
    [
      heading(`${t(locale, 'bot.ack.title')} · ${view.number}`),
      ...(created ? [] : [text(t(locale, 'bot.ack.repeat'), { isSubtle: true })]),
      ...(options.formSent ? [text(t(locale, 'botReliability.form.sent'), { isSubtle: true })] : []),
      facts(ticketFacts(locale, view)),
      text(t(locale, 'bot.ack.keep'), { isSubtle: true, size: 'Small' }),
    ],
    [execute(VERBS.status, t(locale, 'bot.action.status'), { number: view.number })],
  );
}

/** The actions an agent can take on a ticket from a card: claim, reply, escalate a tier, resolve. */
export function agentActions(locale: Locale, view: TicketView): CardAction[] {
  const ticketId = view.id;
  return [
    execute(VERBS.claim, t(locale, 'bot.agent.claim'), { ticketId }),
    showCard(
      t(locale, 'bot.agent.reply'),
      subCard(
        [
          {
            type: 'Input.Text', id: 'message', label: t(locale, 'bot.agent.message'), isMultiline: true,
            isRequired: true, maxLength: 10_000, errorMessage: t(locale, 'bot.agent.error.message'),
          },
          { type: 'Input.Toggle', id: 'public', title: t(locale, 'bot.agent.public'), value: 'true', valueOn: 'true', valueOff: 'false' },
        ],
        [execute(VERBS.reply, t(locale, 'bot.agent.send'), { ticketId }, 'positive')],
      ),
    ),
    showCard(
      t(locale, 'bot.agent.escalate'),
      subCard(
        [{
          type: 'Input.Text', id: 'reason', label: t(locale, 'bot.agent.reason'), isRequired: true, maxLength: 2000,
          errorMessage: t(locale, 'bot.agent.error.reason'),
        }],
        [execute(VERBS.escalate, t(locale, 'bot.agent.escalate'), { ticketId })],
      ),
    ),
    showCard(
      t(locale, 'bot.agent.resolve'),
      subCard(
        [{ type: 'Input.Text', id: 'resolution', label: t(locale, 'bot.agent.resolution'), isMultiline: true, maxLength: 10_000 }],
        [execute(VERBS.resolve, t(locale, 'bot.agent.resolve'), { ticketId }, 'positive')],
      ),
    ),
  ];
}

/**
 * One ticket: its facts, and for agents the claim/reply/escalate/resolve actions. `notice` is a
 * line on top (e.g. "Done: … was updated").
 *
 * @example
 * ticketCard('en', view, { agent: true });
 */
export function ticketCard(
  locale: Locale,
  view: TicketView,
  options: { agent?: boolean; notice?: string } = {},
): AdaptiveCard {
  const body = [
    ...(options.notice ? [text(options.notice, { color: 'Good' as const })] : []),
    heading(view.number),
    facts(ticketFacts(locale, view)),
  ];
  const assignee = view.assigneeId ?? t(locale, 'bot.field.unassigned');
  if (options.agent) body.push(text(`${t(locale, 'bot.field.assignee')}: ${assignee}`, { isSubtle: true }));
  const actions = options.agent
    ? agentActions(locale, view)
    : [execute(VERBS.status, t(locale, 'bot.action.status'), { number: view.number })];
  return card(body, actions);
}
