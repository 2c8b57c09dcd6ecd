/**
 * The bot's conversation logic, free of any SDK: a text or a card action comes in, a card goes
 * out. It translates between Teams and the {@link TicketService}; it holds no business rule.
 */
import { z } from 'zod';
import { t } from '../../core/index';
import {
  csatCard, intakeFormCard, messageCard, myRequestsCard, pulseCard, queueCard, SUBMIT_SCHEMAS, ticketCard, VERBS,
  welcomeCard, type AdaptiveCard, type Verb,
} from '../cards/index';
import { serviceErrorBody } from '../service/errors';
import type { ServiceError, ServiceResult, TicketService, Tier, TicketView } from '../service/types';
import { parseCommand } from './commands';
import { fileFromCard, type AnswerMode } from './intake';
import { isAgent, type TurnInfo } from './turn';

export interface ConversationDeps {
  tickets: TicketService;
  /** A fresh intake-form token (ADR 0088), from the injected ids port. */
  newFormId(): string;
}

/** The intake form with a fresh one-time token. */
function newForm(deps: ConversationDeps, turn: TurnInfo): AdaptiveCard {
  return intakeFormCard(turn.locale, { formId: deps.newFormId() });
}

function errorCard(turn: TurnInfo, error: ServiceError): AdaptiveCard {
  return messageCard(serviceErrorBody(error, turn.locale).error.message, 'attention');
}

function render<T>(turn: TurnInfo, result: ServiceResult<T>, ok: (value: T) => AdaptiveCard): AdaptiveCard {
  return result.ok ? ok(result.value) : errorCard(turn, result.error);
}

async function showStatus(deps: ConversationDeps, turn: TurnInfo, number: string | null): Promise<AdaptiveCard> {
  if (number === null) return messageCard(t(turn.locale, 'bot.status.usage'));
  const result = await deps.tickets.getByNumber(number, turn.actor);
  return render(turn, result, (view) => ticketCard(turn.locale, view, { agent: isAgent(turn.actor) }));
}

async function showQueue(deps: ConversationDeps, turn: TurnInfo, tier: Tier | null): Promise<AdaptiveCard> {
  const result = await deps.tickets.listQueue(tier ? { tier } : {}, turn.actor);
  return render(turn, result, (views) => queueCard(turn.locale, views, tier ?? undefined));
}

async function subscribe(turn: TurnInfo, tier: Tier | null): Promise<AdaptiveCard> {
  if (turn.conversationKind !== 'channel') return messageCard(t(turn.locale, 'bot.alerts.onlyChannel'));
  if (!isAgent(turn.actor)) return errorCard(turn, { code: 'forbidden' });
  if (tier === null) return messageCard(t(turn.locale, 'bot.alerts.usage'));
  await turn.subscribeChannel(tier);
  return messageCard(t(turn.locale, 'bot.alerts.subscribed', { tier }), 'good');
}

/**
 * The answer to a typed message.
 *
 * @example
 * await answerText(deps, turn, 'mis solicitudes'); // the "My requests" card
 */
export async function answerText(deps: ConversationDeps, turn: TurnInfo, text: string): Promise<AdaptiveCard> {
  const command = parseCommand(text);
  switch (command.kind) {
    case 'help':
      return welcomeCard(turn.locale);
    case 'new':
      return newForm(deps, turn);
    case 'mine':
      return render(turn, await deps.tickets.listMine(turn.actor), (views) => myRequestsCard(turn.locale, views));
    case 'status':
      return showStatus(deps, turn, command.number);
    case 'queue':
      return showQueue(deps, turn, command.tier);
    case 'alerts':
      return subscribe(turn, command.tier);
    case 'pulse':
      return pulseCard(turn.locale);
    case 'unknown':
      return welcomeCard(turn.locale, { notUnderstood: true });
  }
}

function updated(turn: TurnInfo, result: ServiceResult<TicketView>): AdaptiveCard {
  return render(turn, result, (view) =>
    ticketCard(turn.locale, view, { agent: true, notice: t(turn.locale, 'bot.agent.done', { number: view.number }) }),
  );
}

/**
 * The answer to a card action (Action.Execute invoke or its Action.Submit fallback). The data is
 * parsed with the verb's zod schema; a bad form comes back with its errors. `mode: 'invoke'` says
 * the answer replaces the clicked card (Action.Execute).
 *
 * @example
 * await answerAction(deps, turn, 'ticket.claim', { ticketId: 't-1' }); // the updated ticket card
 */
export async function answerAction(
  deps: ConversationDeps,
  turn: TurnInfo,
  verb: Verb,
  data: unknown,
  mode: AnswerMode = 'message',
): Promise<AdaptiveCard> {
  const { tickets } = deps;
  const { actor, locale } = turn;
  if (verb === VERBS.intakeSubmit) return fileFromCard(tickets, turn, data, mode);
  if (verb === VERBS.csat) {
    const csat = SUBMIT_SCHEMAS[VERBS.csat].safeParse(data);
    if (!csat.success) return csatFromData(turn, data);
    const { ticketId, number, score, comment } = csat.data;
    const result = await tickets.act(ticketId, { kind: 'rate', score, ...(comment ? { comment } : {}) }, actor);
    return render(turn, result, () => messageCard(t(locale, 'bot.csat.thanks', { number }), 'good'));
  }
  if (verb === VERBS.pulse) {
    const pulse = SUBMIT_SCHEMAS[VERBS.pulse].safeParse(data);
    if (!pulse.success) return pulseCard(locale, t(locale, 'bot.csat.error.score'));
    const result = await tickets.recordPulse(pulse.data, actor);
    return render(turn, result, () => messageCard(t(locale, 'bot.pulse.thanks'), 'good'));
  }
  return answerSimpleAction(deps, turn, verb, data);
}

const CsatTicket = z.object({ ticketId: z.string().min(1).max(200), number: z.string().min(1).max(40) });

/** The CSAT card again, with the error, when the score is missing. */
function csatFromData(turn: TurnInfo, data: unknown): AdaptiveCard {
  const ticket = CsatTicket.safeParse(data);
  if (!ticket.success) return messageCard(t(turn.locale, 'bot.error.invalidAction'), 'attention');
  return csatCard(turn.locale, ticket.data, t(turn.locale, 'bot.csat.error.score'));
}

async function answerSimpleAction(deps: ConversationDeps, turn: TurnInfo, verb: Verb, data: unknown): Promise<AdaptiveCard> {
  const { tickets } = deps;
  const { actor, locale } = turn;
  const invalid = () => messageCard(t(locale, 'bot.error.invalidAction'), 'attention');
  switch (verb) {
    case VERBS.help:
      return welcomeCard(locale);
    case VERBS.intakeOpen:
      return newForm(deps, turn);
    case VERBS.mine:
      return render(turn, await tickets.listMine(actor), (views) => myRequestsCard(locale, views));
    case VERBS.status: {
      const parsed = SUBMIT_SCHEMAS[VERBS.status].safeParse(data);
      return parsed.success ? showStatus(deps, turn, parsed.data.number) : invalid();
    }
    case VERBS.queue: {
      const parsed = SUBMIT_SCHEMAS[VERBS.queue].safeParse(data);
      return parsed.success ? showQueue(deps, turn, parsed.data.tier ?? null) : invalid();
    }
    case VERBS.claim: {
      const parsed = SUBMIT_SCHEMAS[VERBS.claim].safeParse(data);
      return parsed.success ? updated(turn, await tickets.act(parsed.data.ticketId, { kind: 'claim' }, actor)) : invalid();
    }
    case VERBS.reply: {
      const parsed = SUBMIT_SCHEMAS[VERBS.reply].safeParse(data);
      if (!parsed.success) return messageCard(t(locale, 'bot.agent.error.message'), 'attention');
      const { ticketId, message } = parsed.data;
      return updated(turn, await tickets.act(ticketId, { kind: 'reply', message, public: parsed.data.public }, actor));
    }
    case VERBS.escalate: {
      const parsed = SUBMIT_SCHEMAS[VERBS.escalate].safeParse(data);
      if (!parsed.success) return messageCard(t(locale, 'bot.agent.error.reason'), 'attention');
      const { ticketId, reason } = parsed.data;
      return updated(turn, await tickets.act(ticketId, { kind: 'escalate', direction: 'up', reason }, actor));
    }
    case VERBS.resolve: {
      const parsed = SUBMIT_SCHEMAS[VERBS.resolve].safeParse(data);
      if (!parsed.success) return invalid();
      const { ticketId, resolution } = parsed.data;
      return updated(turn, await tickets.act(ticketId, { kind: 'resolve', ...(resolution ? { resolution } : {}) }, actor));
    }
    default:
      return invalid();
  }
}
