import { t, type Locale } from '../../core/index';
import { card, execute, heading, text } from './elements';
import type { AdaptiveCard } from './types';
import { VERBS } from './verbs';

/**
 * Welcome + help: what the bot does and the commands it understands, with buttons for the two
 * most common ones. `notUnderstood` prefixes "I didn't understand".
 *
 * @example
 * welcomeCard('es'); // { type: 'AdaptiveCard', version: '1.5', body: [...], actions: [...] }
 */
export function welcomeCard(locale: Locale, options: { notUnderstood?: boolean } = {}): AdaptiveCard {
  const body = [
    ...(options.notUnderstood ? [text(t(locale, 'bot.unknown'), { color: 'Warning' as const })] : []),
    heading(t(locale, 'bot.welcome.title')),
    text(t(locale, 'bot.welcome.body')),
    text(t(locale, 'bot.help.title'), { weight: 'Bolder' }),
    text(
      ['bot.help.new', 'bot.help.mine', 'bot.help.status', 'bot.help.queue', 'bot.help.alerts', 'bot.help.pulse']
        .map((key) => `- ${t(locale, key)}`)
        .join('\n'),
    ),
  ];
  return card(body, [
    execute(VERBS.intakeOpen, t(locale, 'bot.action.new'), {}, 'positive'),
    execute(VERBS.mine, t(locale, 'bot.action.mine')),
  ]);
}
