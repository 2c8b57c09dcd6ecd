import { localDateOf } from '../../calendar/index';
import { formatRadicado } from '../../pqrs/index';
import { chooseAssignee } from '../assignment';
import type { TicketDeps } from '../deps';
import { recomputeTicket } from '../evaluate';
import { priorityOf } from '../external';
import type { Ticket, TicketHistoryEntry } from '../model';
import { deliverStored, withPendingNotifications } from '../outbox';
import { fail, ok, type Result } from '../result';
import { deskRules, rulesFor } from '../rules';
import { IntakeRequestSchema } from '../schemas';
import type { FileTicketInput } from './inputs';
import { issuesDetail } from './validation';

/**
 * Files (radica) a PQRS. Idempotent by `intakeKey`: the same key again returns the stored ticket
 * and notifies nobody. Otherwise: validates the request, numbers it (`store.nextSequence` of the
 * receipt year + `formatRadicado`), sets the priority from impact × urgency (settings matrix),
 * the legal term, the initial tier and assignee (routing), the SLA clocks and `nextWakeUpAt`.
 * The `ticketFiled` notification is stored in the ticket's outbox by the create and then
 * delivered (ADR 0025), so the returned ticket has version 2 once it went out.
 *
 * @example
 * await fileTicket(deps, { intakeKey: 'teams:activity-1', actor, request: { type: 'peticion', … } });
 * // { ok: true, value: { number: 'PQRS-2026-000001', priority: 'P3', status: 'open', … } }
 */
export async function fileTicket(deps: TicketDeps, input: FileTicketInput): Promise<Result<Ticket>> {
  const key = input.intakeKey.trim();
  if (key.length === 0) return fail('invalid_input', { detail: 'intakeKey' });
  const existing = await deps.store.findByIntakeKey(key);
  if (existing !== null) return ok(existing);
  const parsed = IntakeRequestSchema.safeParse(input.request);
  if (!parsed.success) return fail('invalid_input', { detail: issuesDetail(parsed.error) });
  const request = parsed.data;
  const now = deps.clock.now();
  const receivedAt = input.receivedAt === undefined ? now : new Date(input.receivedAt);
  if (Number.isNaN(receivedAt.getTime()) || receivedAt > now) return fail('invalid_input', { detail: 'receivedAt' });
  const desk = deskRules(deps.settings);
  const priority = priorityOf(request.impact, request.urgency, desk.priorityMatrix);
  const channel = request.channel ?? 'api';
  const rules = rulesFor(deps.settings, { type: request.type, channel, priority });
  const year = Number(localDateOf(rules.legalCalendar, receivedAt).slice(0, 4));
  const id = deps.ids.newId();
  const locale = input.locale ?? 'es';
  const category = request.category ?? null;
  const decision = await chooseAssignee(deps, { id, type: request.type, category, locale }, desk.initialTier, now);
  const at = now.toISOString();
  const history: TicketHistoryEntry[] = [
    { type: 'created', at, actor: input.actor, status: 'open', priority, tier: desk.initialTier, channel },
  ];
  if (decision.agentId !== null) {
    history.push({ type: 'assigned', at, actor: input.actor, from: null, to: decision.agentId, reason: `routing.reason.${decision.reason.code}` });
  }
  const requester = request.requester.userId === undefined
    ? { name: request.requester.name, email: request.requester.email }
    : { name: request.requester.name, email: request.requester.email, userId: request.requester.userId };
  const draft: Ticket = {
    id,
    number: formatRadicado(year, await deps.store.nextSequence(year)),
    intakeKey: key,
    type: request.type,
    subject: request.subject,
    description: request.description,
    impact: request.impact,
    urgency: request.urgency,
    priority,
    channel,
    status: 'open',
    tier: desk.initialTier,
    assigneeId: decision.agentId,
    category,
    locale,
    requester,
    receivedAt: receivedAt.toISOString(),
    legal: null,
    history,
    fired: [],
    csat: null,
    nextWakeUpAt: null,
    breached: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const staged = withPendingNotifications(draft, [{ kind: 'ticketFiled', created: true }], draft.version, now);
  const { ticket, created } = await deps.store.create(recomputeTicket(deps.settings, staged, now));
  // Only the creator delivers: a concurrent duplicate intake gets the stored ticket and sends nothing.
  return ok(created ? await deliverStored(deps, ticket) : ticket);
}
