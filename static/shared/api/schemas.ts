/**
 * zod schemas of the server's JSON as the browser reads it (Teams server API and the Forge web
 * trigger return the same ticket view). Objects are loose: the server may add fields, the UI
 * only relies on the ones named here.
 */
import { z } from 'zod';
import { CalendarSpecSchema } from '../format/live-clock';

export const TICKET_STATUSES = ['open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved', 'closed'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export const TIERS = ['N1', 'N2', 'N3', 'N4'] as const;
export const LEVELS = ['alta', 'media', 'baja'] as const;
export const PQRS_KINDS = [
  'peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia', 'felicitacion', 'consulta', 'documentos',
  'habeasConsulta', 'habeasReclamo',
] as const;
export const CHANNELS = ['teams', 'web', 'email', 'jira', 'phone', 'verbal', 'api'] as const;
export const ROLES = ['requester', 'agent', 'admin'] as const;

export const SlaClockSchema = z.looseObject({
  metric: z.enum(['firstResponse', 'resolution']),
  state: z.enum(['running', 'paused', 'met', 'breached']),
  goalMs: z.number(),
  elapsedMs: z.number(),
  remainingMs: z.number(),
  dueAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
});
export type SlaClockView = z.infer<typeof SlaClockSchema>;

export const CsatSchema = z.looseObject({ score: z.number(), comment: z.string().nullable().optional(), at: z.string().optional() });

export const TicketViewSchema = z.looseObject({
  id: z.string(),
  number: z.string(),
  type: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(PRIORITIES),
  tier: z.enum(TIERS),
  channel: z.string(),
  legal: z.looseObject({ dueDate: z.string(), dueAt: z.string() }).nullable(),
  sla: z.array(SlaClockSchema),
  subject: z.string(),
  description: z.string().optional(),
  requester: z.looseObject({ name: z.string(), email: z.string() }).optional(),
  assigneeId: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  csat: CsatSchema.nullable().optional(),
  /** Teams server: when the SLA clocks were evaluated, so the tabs tick from there in business time. */
  evaluatedAt: z.string().optional(),
  /** Teams server: the SLA policy in force (key of a list's `calendars`). */
  policyId: z.string().optional(),
  /** That policy's business calendar (single-ticket responses; the client fills it in for list items). */
  slaCalendar: CalendarSpecSchema.optional(),
});
export type TicketView = z.infer<typeof TicketViewSchema>;

export const TicketListSchema = z.looseObject({
  items: z.array(TicketViewSchema),
  /** Teams server: the instant the items' clocks were evaluated. */
  evaluatedAt: z.string().optional(),
  /** Teams server: each SLA policy's business calendar once, keyed by the items' `policyId`. */
  calendars: z.record(z.string(), CalendarSpecSchema).optional(),
});
export type TicketList = z.infer<typeof TicketListSchema>;

/**
 * The list's items, each carrying its own `evaluatedAt` and `slaCalendar` (the server sends each
 * calendar once per list; the items of one policy share one spec object, so it compiles once).
 *
 * @example
 * withSlaContext({ items, evaluatedAt: '2026-03-02T14:00:00Z', calendars: { default: spec } })[0]?.slaCalendar; // spec
 */
export function withSlaContext(list: TicketList): TicketView[] {
  return list.items.map((item) => {
    const calendar = item.slaCalendar ?? (item.policyId === undefined ? undefined : list.calendars?.[item.policyId]);
    const evaluatedAt = item.evaluatedAt ?? list.evaluatedAt;
    return {
      ...item,
      ...(evaluatedAt !== undefined && { evaluatedAt }),
      ...(calendar !== undefined && { slaCalendar: calendar }),
    };
  });
}

export const MeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: z.string().optional(),
  mode: z.enum(['local', 'entra']),
});
export type Me = z.infer<typeof MeSchema>;

export const ErrorBodySchema = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.looseObject({ path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Any JSON object (metrics, settings, preview: their shapes belong to the core; the UI reads them defensively). */
export const JsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof JsonObjectSchema>;
