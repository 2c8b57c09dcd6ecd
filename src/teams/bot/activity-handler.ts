/**
 * The botbuilder ActivityHandler: turns Teams activities into {@link TurnInfo} and calls the
 * SDK-free conversation logic; answers card invokes in the HTTP response.
 */
import {
  ActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext as Ctx,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { resolveLocale, t, type Locale } from '../../core/index';
import { isVerb, messageCard, welcomeCard, type AdaptiveCard } from '../cards/index';
import type { TicketService, Tier } from '../service/types';
import { answerAction, answerText } from './conversation';
import type { FilingScope } from './filing-scope';
import type { IdentityResolver } from './identity';
import type { BotLogger, ConversationStore } from './ports';
import { referenceText, toReferenceJson, type ReferenceWriter } from './references';
import { cardActivity, fetchMember, TurnContext } from './sdk';
import type { ConversationKind, TurnInfo } from './turn';

export interface HandlerDeps {
  tickets: TicketService;
  conversations: ConversationStore;
  logger: BotLogger;
  writer: ReferenceWriter;
  identities: IdentityResolver;
  filing: FilingScope;
  /** A fresh intake-form token (ADR 0088). */
  newFormId(): string;
}

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function kindOf(conversationType: string | undefined): ConversationKind {
  if (conversationType === 'channel') return 'channel';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}

/** A channel reference that posts a new thread (not a reply in the thread it came from). */
function channelRoot(reference: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const conversation: unknown = reference.conversation;
  if (conversation === null || typeof conversation !== 'object') return reference;
  const id: unknown = Reflect.get(conversation, 'id');
  if (typeof id !== 'string') return reference;
  const { activityId: _dropped, ...rest } = reference;
  return { ...rest, conversation: { ...conversation, id: id.split(';messageid=')[0] ?? id } };
}

export class VentanillaActivityHandler extends ActivityHandler {
  constructor(private readonly deps: HandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const activity = context.activity;
      const botId = activity.recipient?.id;
      const joined = (activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (joined && kindOf(activity.conversation?.conversationType) === 'personal') {
        await context.sendActivity(cardActivity(welcomeCard(resolveLocale(activity.locale))));
      }
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const from = context.activity.from;
      const key = from?.aadObjectId ?? from?.id;
      if (key) {
        this.deps.writer.forget('user', key);
        await this.deps.conversations.delete('user', key);
      }
      await next();
    });
  }

  private async turnOf(context: Ctx): Promise<TurnInfo> {
    const { writer, identities, tickets, filing } = this.deps;
    const activity = context.activity;
    const locale: Locale = resolveLocale(activity.locale);
    const from = activity.from;
    const tenantId = activity.conversation?.tenantId ?? '';
    const identity = await identities.resolve(from, tenantId, locale, () => fetchMember(context, from.id));
    const actor = await tickets.identify(identity);
    const conversationKind = kindOf(activity.conversation?.conversationType);
    const reference = referenceText(TurnContext.getConversationReference(activity));
    if (conversationKind === 'personal') {
      await writer.write('user', actor.id, reference);
      if (actor.email) await writer.write('user', actor.email.toLowerCase(), reference);
    }
    return {
      actor,
      locale,
      activityId: activity.id ?? randomUUID(),
      conversationId: activity.conversation.id,
      conversationKind,
      subscribeChannel: (tier: Tier) => writer.write('channel', tier, JSON.stringify(channelRoot(toReferenceJson(reference)))),
      filing: (fn) => filing.run(fn),
    };
  }

  private async answerMessage(context: Ctx): Promise<void> {
    const turn = await this.turnOf(context);
    const value: unknown = context.activity.value;
    let card: AdaptiveCard;
    if (value !== null && typeof value === 'object') {
      // Action.Submit fallback: the card's data (with its verb) and the inputs arrive in `value`.
      const verb: unknown = Reflect.get(value, 'verb');
      card = isVerb(verb) ? await answerAction(this.deps, turn, verb, value) : this.invalid(turn.locale);
    } else {
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
      card = await answerText(this.deps, turn, text);
    }
    await context.sendActivity(cardActivity(card));
  }

  private invalid(locale: Locale): AdaptiveCard {
    return messageCard(t(locale, 'bot.error.invalidAction'), 'attention');
  }

  /** Universal Action: the answer card replaces the card that was clicked. */
  protected override async onAdaptiveCardInvoke(context: Ctx, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const turn = await this.turnOf(context);
    const verb = invokeValue.action.verb;
    const card = isVerb(verb) ? await answerAction(this.deps, turn, verb, invokeValue.action.data, 'invoke') : this.invalid(turn.locale);
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: { ...card } };
  }
}
