/**
 * The card actions the bot understands (`verb`) and the zod schema of each one's submitted data.
 * Card inputs arrive as strings (Adaptive Cards send every input value as text); optional text
 * inputs left empty arrive as `''`, which the schemas read as "absent".
 */
import { z } from 'zod';
import { IntakeRequestSchema, TIERS } from '../../core/index';

export const VERBS = {
  help: 'help',
  intakeOpen: 'intake.open',
  intakeSubmit: 'intake.submit',
  mine: 'mine',
  status: 'ticket.status',
  queue: 'queue',
  claim: 'ticket.claim',
  reply: 'ticket.reply',
  escalate: 'ticket.escalate',
  resolve: 'ticket.resolve',
  csat: 'csat.submit',
  pulse: 'pulse.submit',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max).optional());
const ticketId = z.string().min(1).max(200);
const score = z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : v), z.number().int().min(1).max(5));
const flag = z.preprocess((v) => v === true || v === 'true', z.boolean());

/** The intake form: the core's IntakeRequest fields a person types (requester and channel come from Teams). */
export const IntakeFormSchema = IntakeRequestSchema.pick({
  type: true,
  subject: true,
  description: true,
  impact: true,
  urgency: true,
});
export type IntakeForm = z.infer<typeof IntakeFormSchema>;

/**
 * The intake form's one-time token (ADR 0088), generated when the bot sends the form: URL-safe,
 * 8–64 characters, so it can go into an intake key as is.
 */
export const FormIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** The token part of a submitted intake form: absent on cards sent before tokens existed. */
export const FormTokenSchema = z.object({ formId: FormIdSchema.optional() });

/** Submitted data per verb. */
export const SUBMIT_SCHEMAS = {
  [VERBS.help]: z.object({}),
  [VERBS.intakeOpen]: z.object({}),
  [VERBS.intakeSubmit]: IntakeFormSchema,
  [VERBS.mine]: z.object({}),
  [VERBS.status]: z.object({ number: z.string().trim().min(1).max(40) }),
  [VERBS.queue]: z.object({ tier: z.enum(TIERS).optional() }),
  [VERBS.claim]: z.object({ ticketId }),
  [VERBS.reply]: z.object({ ticketId, message: z.string().trim().min(1).max(10_000), public: flag }),
  [VERBS.escalate]: z.object({ ticketId, reason: z.string().trim().min(1).max(2000) }),
  [VERBS.resolve]: z.object({ ticketId, resolution: optionalText(10_000) }),
  [VERBS.csat]: z.object({ ticketId, number: z.string().min(1).max(40), score, comment: optionalText(2000) }),
  [VERBS.pulse]: z.object({ score, comment: optionalText(2000) }),
} as const satisfies Record<Verb, z.ZodType>;

/** True when `value` is one of the bot's verbs. */
export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SUBMIT_SCHEMAS, value);
}
