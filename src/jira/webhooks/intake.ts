/**
 * The signed intake web trigger: Standard Webhooks verification (401 before anything is
 * written), replay protection by `webhook-id`, body cap, zod-parsed request → core `fileTicket`
 * (idempotent by `Idempotency-Key`, else by `webhook-id`) → Jira issue in the intake project with
 * the radicado and PQRS fields → the core ticket view (201 new, 200 repeat).
 */
import { fileTicket, IntakeRequestSchema, localizeIssues, toTicketView } from '../../core/index';
import { RateLimitedError } from '../client/request';
import { digest, claim } from '../store/kv';
import type { JiraContext } from '../service/context';
import { ticketDeps } from '../service/context';
import { ensureIssue } from './intake-issue';
import { errorResponse, header, jsonResponse, localeOf, type WebTriggerIn, type WebTriggerOut } from './http';
import { verifyWebhook } from './standard-webhooks';

const REPLAY_TTL_SECONDS = 15 * 60;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Handles one intake request.
 *
 * @example
 * await handleIntake(ctx, { method: 'POST', body, headers: { 'webhook-id': ['msg_1'], … } }); // { statusCode: 201, … }
 */
export async function handleIntake(ctx: JiraContext, req: WebTriggerIn): Promise<WebTriggerOut> {
  const locale = localeOf(req);
  if (req.method.toUpperCase() !== 'POST') return errorResponse(405, 'method_not_allowed', locale);
  if (Buffer.byteLength(req.body, 'utf8') > ctx.config.maxBodyBytes) return errorResponse(413, 'payload_too_large', locale);
  const secret = ctx.config.webtriggerSecret;
  if (secret === null) return errorResponse(503, 'not_configured', locale);
  const now = ctx.clock.now();
  const verified = verifyWebhook(secret, {
    id: header(req, 'webhook-id'), timestamp: header(req, 'webhook-timestamp'), signature: header(req, 'webhook-signature'),
  }, req.body, now);
  if (!verified.ok && verified.reason === 'bad_secret') return errorResponse(503, 'not_configured', locale);
  if (!verified.ok) return errorResponse(401, verified.reason === 'stale_timestamp' ? 'stale_timestamp' : 'bad_signature', locale);
  if (!(await claim(`webhook:${digest(verified.id)}`, true, REPLAY_TTL_SECONDS))) return errorResponse(401, 'replayed', locale);

  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return errorResponse(400, 'invalid_json', locale);
  }
  const parsed = IntakeRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = localizeIssues(parsed.error, locale);
    return errorResponse(400, 'invalid_request', locale, { details: issues.map((i) => i.path || '(body)').join(', ') }, issues);
  }
  const idem = header(req, 'idempotency-key');
  if (idem !== undefined && !IDEMPOTENCY_KEY.test(idem)) return errorResponse(400, 'invalid_idempotency_key', locale);
  const intakeKey = idem !== undefined ? `webtrigger:idem:${idem}` : `webtrigger:id:${verified.id}`;

  const doc = await ctx.settings.current();
  const project = doc.jira.intakeProject ?? ctx.config.intakeProject;
  if (project === null) return errorResponse(503, 'not_configured', locale);

  try {
    const existing = await ctx.store.findByIntakeKey(intakeKey);
    const filed = await fileTicket(ticketDeps(ctx, doc, true), {
      intakeKey, request: { ...parsed.data, channel: parsed.data.channel ?? 'api' }, locale,
      actor: { id: parsed.data.requester.email, role: 'requester' },
    });
    if (!filed.ok) {
      const code = filed.error.code;
      return errorResponse(code === 'invalid_input' ? 400 : 409, code, locale, filed.error.params);
    }
    const issue = await ensureIssue(ctx, doc, filed.value, project, existing !== null);
    const view = toTicketView(filed.value, doc.settings, ctx.clock.now());
    return jsonResponse(existing ? 200 : 201, { ...view, jira: issue });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return { ...errorResponse(503, 'jira_unavailable', locale), headers: { 'Retry-After': [String(error.retryAfterSeconds)], 'Content-Type': ['application/json; charset=utf-8'] } };
    }
    throw error;
  }
}
