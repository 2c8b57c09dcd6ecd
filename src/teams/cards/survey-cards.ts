import { t, type Locale } from '../../core/index';
import { card, execute, heading, text } from './elements';
import type { AdaptiveCard, CardElement } from './types';
import { VERBS } from './verbs';

function scoreInputs(locale: Locale, labelKey: string, error?: string): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'score',
      label: t(locale, labelKey),
      style: 'expanded',
      isRequired: true,
      errorMessage: t(locale, 'bot.csat.error.score'),
      choices: [1, 2, 3, 4, 5].map((n) => ({ title: t(locale, `bot.score.${n}`), value: String(n) })),
    },
    ...(error ? [text(error, { color: 'Attention' as const })] : []),
    { type: 'Input.Text', id: 'comment', label: t(locale, 'bot.csat.comment'), isMultiline: true, maxLength: 2000 },
  ];
}

/**
 * The satisfaction survey sent at resolution: score 1–5 and an optional comment.
 *
 * @example
 * csatCard('es', { ticketId: 't-1', number: 'PQRS-2026-000001' });
 */
export function csatCard(locale: Locale, ticket: { ticketId: string; number: string }, error?: string): AdaptiveCard {
  return card(
    [heading(t(locale, 'bot.csat.title', { number: ticket.number })), ...scoreInputs(locale, 'bot.csat.score', error)],
    [execute(VERBS.csat, t(locale, 'bot.csat.submit'), { ticketId: ticket.ticketId, number: ticket.number }, 'positive')],
  );
}

/**
 * The weekly agent pulse: how the week felt, 1–5, and an optional comment.
 *
 * @example
 * pulseCard('en');
 */
export function pulseCard(locale: Locale, error?: string): AdaptiveCard {
  return card(
    [heading(t(locale, 'bot.pulse.title')), ...scoreInputs(locale, 'bot.pulse.question', error)],
    [execute(VERBS.pulse, t(locale, 'bot.pulse.submit'), {}, 'positive')],
  );
}

/**
 * A one-line card (thanks, confirmations, errors). `tone` colours the text.
 *
 * @example
 * messageCard('¡Gracias!', 'good');
 */
export function messageCard(message: string, tone: 'default' | 'good' | 'attention' = 'default'): AdaptiveCard {
  const color = tone === 'good' ? 'Good' : tone === 'attention' ? 'Attention' : 'Default';
  return card([text(message, { color })]);
}
