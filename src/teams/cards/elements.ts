/** Small builders for card elements, so every card is a short, readable function. */
import type {
  ActionSet, AdaptiveCard, CardAction, CardData, CardElement, ExecuteAction, FactSet, ShowCardAction, TextBlock,
} from './types';

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A top-level card (version 1.5, the highest Teams renders for bots).
 *
 * @example
 * card([text('Hola')]); // { type: 'AdaptiveCard', version: '1.5', body: [...] }
 */
export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const out: AdaptiveCard = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: '1.5', body };
  if (actions.length > 0) out.actions = actions;
  return out;
}

/** A card nested in an Action.ShowCard (no `$schema`). */
export function subCard(body: CardElement[], actions: CardAction[]): AdaptiveCard {
  return { type: 'AdaptiveCard', version: '1.5', body, actions };
}

/** A wrapping TextBlock. */
export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/** A bold, medium heading. */
export function heading(value: string): TextBlock {
  return text(value, { weight: 'Bolder', size: 'Medium' });
}

/** A red error line (validation summary). */
export function errorText(value: string): TextBlock {
  return text(value, { color: 'Attention' });
}

/** A list of title/value pairs. */
export function facts(pairs: [string, string][]): FactSet {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

/**
 * An Action.Execute with an Action.Submit fallback carrying the same `verb` and `data`, so old
 * clients post a message activity whose `value` the bot routes like the invoke.
 *
 * @example
 * execute('ticket.claim', 'Tomar', { ticketId: 't-1' });
 */
export function execute(
  verb: string,
  title: string,
  data: CardData = {},
  style?: ExecuteAction['style'],
): ExecuteAction {
  const action: ExecuteAction = {
    type: 'Action.Execute',
    title,
    verb,
    data,
    fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
  };
  if (style) action.style = style;
  return action;
}

/** An Action.ShowCard revealing a small form. */
export function showCard(title: string, inner: AdaptiveCard): ShowCardAction {
  return { type: 'Action.ShowCard', title, card: inner };
}

/** Actions inside the body (e.g. one row per ticket). */
export function actionSet(actions: CardAction[]): ActionSet {
  return { type: 'ActionSet', actions };
}
