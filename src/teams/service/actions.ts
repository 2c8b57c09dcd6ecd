/**
 * Action bodies (`POST /api/tickets/:id/<kind>` and bot card submits) → core use-case calls.
 * Validation uses the core's body schemas; this file only routes.
 */
import { z } from 'zod';
import {
  AssignBodySchema, EscalateBodySchema, ExtendBodySchema, PauseBodySchema, PriorityBodySchema, RateBodySchema,
  ReopenBodySchema, ReplyBodySchema, ResolveBodySchema, ResumeBodySchema, StatusBodySchema, TypeBodySchema,
  assignTicket, changePriority, changeStatus, changeType, claimTicket, escalateTier, extendLegalTerm, pauseTicket, rateTicket,
  reopenTicket, replyToTicket, resolveTicket, resumeTicket,
  type Actor as CoreActor, type Result, type Ticket, type TicketDeps,
} from '../../core/index';

/** Every action kind the API and the bot accept. */
export const ACTION_KINDS = [
  'reply', 'status', 'priority', 'type', 'pause', 'resume', 'escalate', 'extend', 'resolve', 'reopen', 'rate', 'claim', 'assign',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** `{ kind, ...body }`, validated per kind. */
export const TicketActionSchema = z.discriminatedUnion('kind', [
  ReplyBodySchema.extend({ kind: z.literal('reply') }),
  StatusBodySchema.extend({ kind: z.literal('status') }),
  PriorityBodySchema.extend({ kind: z.literal('priority') }),
  TypeBodySchema.extend({ kind: z.literal('type') }),
  PauseBodySchema.extend({
    kind: z.literal('pause'),
    status: z.enum(['waitingRequester', 'waitingThirdParty']).default('waitingRequester'),
  }),
  ResumeBodySchema.extend({ kind: z.literal('resume') }),
  EscalateBodySchema.extend({ kind: z.literal('escalate') }),
  ExtendBodySchema.extend({ kind: z.literal('extend') }),
  ResolveBodySchema.extend({ kind: z.literal('resolve') }),
  ReopenBodySchema.extend({ kind: z.literal('reopen') }),
  RateBodySchema.extend({ kind: z.literal('rate') }),
  z.object({ kind: z.literal('claim') }),
  AssignBodySchema.extend({ kind: z.literal('assign') }),
]);
export type ParsedAction = z.infer<typeof TicketActionSchema>;

/** Calls the use case for `action` as `actor` on `ticketId`. */
export function runAction(deps: TicketDeps, ticketId: string, action: ParsedAction, actor: CoreActor): Promise<Result<Ticket>> {
  const base = { ticketId, actor };
  switch (action.kind) {
    case 'reply':
      return replyToTicket(deps, { ...base, message: action.message, public: action.public });
    case 'status':
      return changeStatus(deps, { ...base, status: action.status, ...(action.reason !== undefined && { reason: action.reason }) });
    case 'priority':
      return changePriority(deps, { ...base, priority: action.priority, ...(action.reason !== undefined && { reason: action.reason }) });
    case 'type':
      return changeType(deps, { ...base, type: action.type, ...(action.reason !== undefined && { reason: action.reason }) });
    case 'pause':
      return pauseTicket(deps, { ...base, status: action.status, reason: action.reason });
    case 'resume':
      return resumeTicket(deps, { ...base, ...(action.reason !== undefined && { reason: action.reason }) });
    case 'escalate':
      return escalateTier(deps, {
        ...base, direction: action.direction, reason: action.reason, ...(action.toTier !== undefined && { toTier: action.toTier }),
      });
    case 'extend':
      return extendLegalTerm(deps, { ...base, days: action.days, reason: action.reason });
    case 'resolve':
      return resolveTicket(deps, { ...base, ...(action.resolution !== undefined && { resolution: action.resolution }) });
    case 'reopen':
      return reopenTicket(deps, { ...base, ...(action.reason !== undefined && { reason: action.reason }) });
    case 'rate':
      return rateTicket(deps, { ...base, score: action.score, ...(action.comment !== undefined && { comment: action.comment }) });
    case 'claim':
      return claimTicket(deps, base);
    case 'assign':
      return assignTicket(deps, { ...base, assigneeId: action.assigneeId });
  }
}
