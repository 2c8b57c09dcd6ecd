/** zod schemas of the requests the adapters accept (parse, don't cast). */
import { z } from 'zod';
import { CHANNELS, PAUSE_STATUSES, TICKET_STATUSES } from './model';
import { levelSchema, pqrsKindSchema, prioritySchema, tierSchema } from './external';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A new PQRS as the web form, the Teams tab/bot and the Forge web trigger send it. */
export const IntakeRequestSchema = z.object({
  type: pqrsKindSchema,
  subject: text(200),
  description: text(10_000),
  impact: levelSchema,
  urgency: levelSchema,
  channel: z.enum(CHANNELS).optional(),
  category: z.string().trim().min(1).max(100).nullable().optional(),
  requester: z.object({
    name: text(200),
    email: z.email().max(320),
    userId: z.string().min(1).max(200).optional(),
  }),
});
export type IntakeRequest = z.infer<typeof IntakeRequestSchema>;

export const ReplyBodySchema = z.object({ message: text(10_000), public: z.boolean().default(true) });
export const StatusBodySchema = z.object({ status: z.enum(TICKET_STATUSES), reason: z.string().max(2000).optional() });
export const PriorityBodySchema = z.object({ priority: prioritySchema, reason: z.string().max(2000).optional() });
export const PauseBodySchema = z.object({
  status: z.enum(PAUSE_STATUSES).default('waitingRequester'),
  reason: text(2000),
});
export const ResumeBodySchema = z.object({ reason: z.string().max(2000).optional() });
export const EscalateBodySchema = z.object({
  direction: z.enum(['up', 'down']),
  reason: text(2000),
  toTier: tierSchema.optional(),
});
export const ExtendBodySchema = z.object({ days: z.number().int().min(1).max(60), reason: text(2000) });
export const ResolveBodySchema = z.object({ resolution: z.string().max(10_000).optional() });
export const ReopenBodySchema = z.object({ reason: z.string().max(2000).optional() });
export const RateBodySchema = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() });
export const AssignBodySchema = z.object({ assigneeId: z.string().min(1).max(200).nullable() });
export const PulseBodySchema = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() });
