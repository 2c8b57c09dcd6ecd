/** zod schemas of the requests the adapters accept (parse, don't cast). */
import { z } from 'zod';
import { CHANNELS, PAUSE_STATUSES, TICKET_STATUSES } from './model';
import { levelSchema, pqrsKindSchema, prioritySchema, tierSchema } from './external';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A new PQRS as the web form, the Teams tab/bot and the Forge web trigger send it.
 *
 * @example
 * const parsed = IntakeRequestSchema.safeParse(await req.json()); // then fileTicket(deps, { request: parsed.data, … })
 */
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
/** A parsed intake request. */
export type IntakeRequest = z.infer<typeof IntakeRequestSchema>;

/**
 * Body of `POST …/reply` (`public` defaults to true).
 *
 * @example
 * ReplyBodySchema.parse({ message: 'Estamos revisando' }); // { message: 'Estamos revisando', public: true }
 */
export const ReplyBodySchema = z.object({ message: text(10_000), public: z.boolean().default(true) });
/**
 * Body of `POST …/status`.
 *
 * @example
 * StatusBodySchema.parse({ status: 'inProgress' });
 */
export const StatusBodySchema = z.object({ status: z.enum(TICKET_STATUSES), reason: z.string().max(2000).optional() });
/**
 * Body of `POST …/priority`.
 *
 * @example
 * PriorityBodySchema.parse({ priority: 'P1', reason: 'Tutela' });
 */
export const PriorityBodySchema = z.object({ priority: prioritySchema, reason: z.string().max(2000).optional() });
/**
 * Body of `POST …/type` (reclassification, ADR 0086).
 *
 * @example
 * TypeBodySchema.parse({ type: 'queja', reason: 'Es una queja por mala atención' });
 */
export const TypeBodySchema = z.object({ type: pqrsKindSchema, reason: z.string().max(2000).optional() });
/**
 * Body of `POST …/pause` (status defaults to the art. 17 `waitingRequester`).
 *
 * @example
 * PauseBodySchema.parse({ reason: 'Falta la cédula' }).status; // 'waitingRequester'
 */
export const PauseBodySchema = z.object({
  status: z.enum(PAUSE_STATUSES).default('waitingRequester'),
  reason: text(2000),
});
/**
 * Body of `POST …/resume`.
 *
 * @example
 * ResumeBodySchema.parse({});
 */
export const ResumeBodySchema = z.object({ reason: z.string().max(2000).optional() });
/**
 * Body of `POST …/escalate`.
 *
 * @example
 * EscalateBodySchema.parse({ direction: 'up', reason: 'Requiere concepto jurídico' });
 */
export const EscalateBodySchema = z.object({
  direction: z.enum(['up', 'down']),
  reason: text(2000),
  toTier: tierSchema.optional(),
});
/**
 * Body of `POST …/extend` (the legal cap is checked by the use case).
 *
 * @example
 * ExtendBodySchema.parse({ days: 15, reason: 'Se requiere concepto de otra entidad' });
 */
export const ExtendBodySchema = z.object({ days: z.number().int().min(1).max(60), reason: text(2000) });
/**
 * Body of `POST …/resolve`.
 *
 * @example
 * ResolveBodySchema.parse({ resolution: 'Se expidió el certificado' });
 */
export const ResolveBodySchema = z.object({ resolution: z.string().max(10_000).optional() });
/**
 * Body of `POST …/reopen`.
 *
 * @example
 * ReopenBodySchema.parse({ reason: 'No recibí el documento' });
 */
export const ReopenBodySchema = z.object({ reason: z.string().max(2000).optional() });
/**
 * Body of `POST …/rate` (CSAT 1–5).
 *
 * @example
 * RateBodySchema.parse({ score: 5, comment: 'Muy rápido' });
 */
export const RateBodySchema = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() });
/**
 * Body of `POST …/assign` (`null` unassigns).
 *
 * @example
 * AssignBodySchema.parse({ assigneeId: 'agent-2' });
 */
export const AssignBodySchema = z.object({ assigneeId: z.string().min(1).max(200).nullable() });
/**
 * Body of `POST /api/pulse` (agent satisfaction 1–5).
 *
 * @example
 * PulseBodySchema.parse({ score: 4 });
 */
export const PulseBodySchema = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() });
