/**
 * The botbuilder seam: the only file (with activity-handler.ts) that imports the Bot Framework
 * SDK. Moving to the Microsoft 365 Agents SDK means rewriting these two files
 * (docs/decisions/0050-botbuilder-now-agents-sdk-later.md).
 */
import {
  CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsInfo, TurnContext, type Activity,
} from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/index';
import type { BotConfig } from './ports';
import type { StoredReference } from './references';

export { CloudAdapter, TurnContext };

/**
 * The adapter: anonymous without an app id (local mode: no inbound auth, `expectReplies` answered
 * in the HTTP body), else Bot Framework JWTs for a SingleTenant (default) app.
 */
export function createAdapter(config: BotConfig): { adapter: CloudAdapter; authenticate: Authenticate } {
  const appId = config.appId?.trim() ?? '';
  const appType = appId ? (config.appType ?? 'SingleTenant') : 'MultiTenant';
  if (appId && appType === 'SingleTenant' && !config.tenantId) {
    throw new Error('Bot configuration: a SingleTenant bot needs its tenant id (MicrosoftAppTenantId).');
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  const authenticate: Authenticate = async (body, authorization) => {
    if (!appId) return true;
    const activity = ActivityShape.safeParse(body);
    if (!activity.success) return false;
    try {
      await auth.authenticateRequest(activity.data, authorization);
      return true;
    } catch {
      // Any failure to verify the token (bad signature, unknown key, wrong claims) is a 401.
      return false;
    }
  };
  return { adapter, authenticate };
}

/**
 * Checks an inbound activity's Bot Framework token before the adapter runs. The adapter checks it
 * too, but answers 500 (not 401) when the signature itself is invalid; this answers 401 for every
 * token that does not verify. Always true without an app id (local mode).
 */
export type Authenticate = (body: Record<string, unknown>, authorization: string) => Promise<boolean>;

const ActivityShape = z.custom<Activity>(
  (value) => value !== null && typeof value === 'object' && typeof Reflect.get(value, 'type') === 'string',
);

/** A message activity carrying one Adaptive Card. */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}

/**
 * Sends `card` into a stored conversation (proactive message). A failed send is rethrown to the
 * caller (the send queue, which retries 429s) instead of going to the adapter's onTurnError.
 */
export async function sendToConversation(
  adapter: CloudAdapter,
  appId: string,
  reference: StoredReference,
  card: AdaptiveCard,
): Promise<void> {
  const failures: unknown[] = [];
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      await context.sendActivity(cardActivity(card));
    } catch (error) {
      failures.push(error);
    }
  });
  if (failures.length > 0) throw failures[0];
}

/** The member's e-mail/UPN and name from the Teams roster (one Bot Connector call). */
export async function fetchMember(context: TurnContext, userId: string): Promise<{ email: string | null; name: string | null }> {
  const member = await TeamsInfo.getMember(context, userId);
  const email = member.email ?? member.userPrincipalName ?? null;
  return { email: email ? email.toLowerCase() : null, name: member.name ?? null };
}
