/**
 * `POST /api/jira/notifications` — Forge → Teams in Jira mode. Verifies the Standard Webhooks
 * signature over the RAW body (±5 min; 401 otherwise), drops replayed ids (200 `duplicate`),
 * parses the payload with zod and hands it to the bot side (202). Declared as a plain
 * {@link Route} (not `route()`), because the signature must be checked on the bytes received.
 */
import { readRaw } from '../http/body';
import { httpError } from '../http/http-error';
import { splitPath, zodIssues, type Reply, type Route } from '../http/route';
import { HttpError } from '../http/http-error';
import { relayedNotificationSchema, type RelayedNotification } from '../../jira/notifier/relay-payload';
import { verifyWebhook } from '../../jira/webhooks/standard-webhooks';
import type { WebhookIdClaims } from './sqlite-webhook-ids';

export const JIRA_NOTIFICATIONS_PATH = '/api/jira/notifications';
const BODY_LIMIT = 16 * 1024;

export interface JiraNotificationsDeps {
  /** `VENTANILLA_TEAMS_NOTIFY_SECRET` (whsec_…), the same value as the Forge variable. */
  secret: string;
  now: () => Date;
  ids: WebhookIdClaims;
  /** Turns the notification into proactive Teams messages (the bot side). */
  deliver(n: RelayedNotification): Promise<void>;
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * The route (mount it in the server's route table).
 *
 * @example
 * routes.push(jiraNotificationsRoute({ secret, now: () => clock.now(), ids: new SqliteWebhookIds(db), deliver }));
 */
export function jiraNotificationsRoute(deps: JiraNotificationsDeps): Route {
  return {
    method: 'POST',
    segments: splitPath(JIRA_NOTIFICATIONS_PATH),
    async run(ctx): Promise<Reply> {
      const raw = (await readRaw(ctx.req, BODY_LIMIT)).toString('utf8');
      const h = ctx.req.headers;
      const now = deps.now();
      const verified = verifyWebhook(deps.secret, {
        id: one(h['webhook-id']), timestamp: one(h['webhook-timestamp']), signature: one(h['webhook-signature']),
      }, raw, now);
      if (!verified.ok) throw httpError(401, 'unauthorized', { reason: verified.reason });
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw httpError(400, 'invalid_json');
      }
      const parsed = relayedNotificationSchema.safeParse(json);
      if (!parsed.success) throw new HttpError(400, { code: 'invalid_request', issues: zodIssues(parsed.error) });
      if (!(await deps.ids.claim(verified.id, now))) return { status: 200, json: { accepted: false, duplicate: true } };
      try {
        await deps.deliver(parsed.data);
      } catch (error) {
        await deps.ids.release(verified.id); // let the sender's retry through
        throw error;
      }
      return { status: 202, json: { accepted: true } };
    },
  };
}
