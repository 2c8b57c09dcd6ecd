/**
 * The Ventanilla Teams bot. The server mounts `handle` at `POST /api/messages` and passes
 * `notifier` to the use cases. botbuilder is imported only by sdk.ts and activity-handler.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveLocale, t, type Notifier } from '../../core/index';
import { messageCard } from '../cards/index';
import { serviceErrorBody } from '../service/errors';
import { VentanillaActivityHandler } from './activity-handler';
import { FilingScope } from './filing-scope';
import { botResponse, readActivityBody, sendJsonError } from './http-shim';
import { DEFAULT_LOCAL_USER, IdentityResolver } from './identity';
import { MemorySendStore } from './memory-send-store';
import { TeamsNotifier } from './notifier';
import { OutgoingQueue } from './outgoing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LIMITS, systemTimers, type BotDeps } from './ports';
import { ReferenceWriter } from './references';
import { cardActivity, createAdapter, sendToConversation } from './sdk';
import { SendQueue } from './send-queue';

export type { BotConfig, BotDeps, BotLogger, ConversationStore, OutgoingMessage, SendLimits, SendStore, Timers } from './ports';
export { DEFAULT_LIMITS, systemTimers } from './ports';
export { botConfigFromEnv } from './config';
export { DEFAULT_LOCAL_USER } from './identity';

export interface Bot {
  /** `POST /api/messages`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The core's Notifier port, delivering proactive Teams messages. */
  notifier: Notifier;
  /** Sends the weekly pulse card to these agents (those with a 1:1 chat); returns how many. */
  sendAgentPulse(agentIds: readonly string[]): Promise<number>;
  /** Resolves when every queued proactive message was delivered or given up. */
  idle(): Promise<void>;
  /**
   * Resolves with how many stored messages a previous process left (they are queued again, in
   * order, under the same limits). Started by `createBot`; `idle()` waits for it too.
   */
  resumed: Promise<number>;
}

/**
 * Builds the bot: CloudAdapter (anonymous without an app id, SingleTenant JWT auth with one), the
 * activity handler and the rate-limited proactive notifier.
 *
 * @example
 * const bot = createBot({ config: botConfigFromEnv(process.env), tickets, conversations, clock, logger });
 * router.post('/api/messages', bot.handle);
 */
export function createBot(deps: BotDeps): Bot {
  const { config, tickets, conversations, logger, clock } = deps;
  const appId = config.appId?.trim() ?? '';
  const { adapter, authenticate } = createAdapter(config);
  const filing = new FilingScope();
  const writer = new ReferenceWriter((scope, key, reference) => conversations.save(scope, key, reference));
  const identities = new IdentityResolver({ anonymous: appId === '', localUser: config.localUser ?? DEFAULT_LOCAL_USER });
  const ids = deps.ids ?? { newId: () => randomUUID() };
  const handler = new VentanillaActivityHandler({
    tickets, conversations, logger, writer, identities, filing, newFormId: () => ids.newId(),
  });

  adapter.onTurnError = async (context, error) => {
    logger.error('bot turn failed', { activityId: context.activity.id ?? null, type: context.activity.type ?? null, error: error.name });
    const locale = resolveLocale(context.activity.locale);
    await context.sendActivity(cardActivity(messageCard(t(locale, 'bot.error.generic'), 'attention')));
  };

  const queue = new SendQueue({
    limits: { ...DEFAULT_LIMITS, ...config.limits },
    now: () => clock.now().getTime(),
    timers: deps.timers ?? systemTimers,
    onThrottled: ({ waitMs, attempt }) => logger.warn('proactive send throttled by Teams (429)', { waitMs, attempt }),
  });
  const outgoing = new OutgoingQueue({
    store: deps.sendStore ?? new MemorySendStore(),
    queue,
    logger,
    deliver: (reference, card) => sendToConversation(adapter, appId, reference, card),
  });
  const resumed = outgoing.resume();
  resumed.catch((error: unknown) => logger.error('queued proactive messages not resumed', { error: error instanceof Error ? error.name : 'unknown' }));
  const notifier = new TeamsNotifier({ appId, conversations, outgoing, logger, filing, ids });

  return {
    async handle(req, res) {
      const locale = resolveLocale(req.headers['accept-language']);
      if (req.method !== 'POST') {
        sendJsonError(res, 405, 'method_not_allowed', serviceErrorBody({ code: 'method_not_allowed' }, locale).error.message);
        return;
      }
      const body = await readActivityBody(req);
      if (!body.ok) {
        sendJsonError(res, body.status, body.code, serviceErrorBody({ code: body.code }, locale).error.message);
        return;
      }
      const authorization = req.headers.authorization ?? '';
      if (!(await authenticate(body.body, authorization))) {
        logger.warn('bot activity rejected: invalid Bot Framework token');
        sendJsonError(res, 401, 'unauthorized', serviceErrorBody({ code: 'unauthorized' }, locale).error.message);
        return;
      }
      await adapter.process({ body: body.body, headers: req.headers, method: req.method }, botResponse(res), (context) =>
        handler.run(context),
      );
    },
    notifier,
    sendAgentPulse: (agentIds) => notifier.sendAgentPulse(agentIds),
    idle: () => outgoing.idle(),
    resumed,
  };
}
