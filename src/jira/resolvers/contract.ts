/**
 * The Forge invoke contract: every resolver the Custom UI calls, with zod schemas for its input and
 * output. Shared by the resolvers (src/jira/resolvers) and the browser facade
 * (static/forge/shared/invoke.ts). Browser-safe: imports zod only.
 *
 * Every resolver answers with a {@link ResolverResult} envelope — `{ ok: true, data }` or
 * `{ ok: false, error: { code, message, issues? } }` (message already in the user's locale) — so
 * expected failures reach the UI intact instead of as an opaque invoke rejection.
 *
 * Wire enums are spelled out here (the browser must not depend on the whole core);
 * test/jira/resolvers/contract.test.ts checks they equal the core's lists.
 */
import { z } from 'zod';

/** PQRS kinds on the wire (core `PQRS_KINDS`). */
export const wirePqrsKind = z.enum([
  'peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia', 'felicitacion', 'consulta', 'documentos',
  'habeasConsulta', 'habeasReclamo',
]);
export const wirePriority = z.enum(['P1', 'P2', 'P3', 'P4', 'P5']);
export const wireLevel = z.enum(['alta', 'media', 'baja']);
export const wireTier = z.enum(['N1', 'N2', 'N3', 'N4']);
export const wireChannel = z.enum(['teams', 'web', 'email', 'jira', 'phone', 'verbal', 'api']);
export const wireStatus = z.enum(['open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved', 'closed']);

const isoInstant = z.iso.datetime({ offset: true });
const localDate = z.iso.date();
const issueId = z.string().regex(/^\d{1,18}$/, 'a numeric Jira issue id');
const reason = z.string().trim().min(1).max(2000);

/** One SLA clock, as the core's `evaluateSla` returns it. */
export const slaClockSchema = z.object({
  metric: z.enum(['firstResponse', 'resolution']),
  state: z.enum(['running', 'paused', 'met', 'breached']),
  goalMs: z.number(),
  elapsedMs: z.number(),
  remainingMs: z.number(),
  dueAt: isoInstant.nullable(),
  breachedAt: isoInstant.nullable(),
});
export type WireSlaClock = z.infer<typeof slaClockSchema>;

/** The ticket JSON (the core's `toTicketView`; the same in the standalone server and the web trigger). */
export const ticketViewSchema = z.looseObject({
  id: z.string(),
  number: z.string(),
  type: wirePqrsKind,
  status: wireStatus,
  priority: wirePriority,
  impact: wireLevel,
  urgency: wireLevel,
  tier: wireTier,
  channel: wireChannel,
  category: z.string().nullable(),
  locale: z.enum(['es', 'en']),
  subject: z.string(),
  description: z.string(),
  requester: z.looseObject({ name: z.string(), email: z.string() }),
  assigneeId: z.string().nullable(),
  legal: z.looseObject({
    dueDate: localDate,
    dueAt: isoInstant,
    termDays: z.number(),
    extensionDays: z.number(),
    extended: z.boolean(),
    canExtend: z.boolean(),
    maxExtensionDays: z.number(),
    breached: z.boolean(),
  }).nullable(),
  sla: z.array(slaClockSchema),
  breached: z.boolean(),
  receivedAt: isoInstant,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Append-only history entries (`{ at, type, actor, … }`, see the core's TicketHistoryEntry). */
  history: z.array(z.looseObject({ at: isoInstant, type: z.string() })),
  csat: z.looseObject({ score: z.number(), comment: z.string().nullable(), at: isoInstant }).nullable(),
  nextWakeUpAt: isoInstant.nullable(),
  version: z.number().int(),
});
export type WireTicketView = z.infer<typeof ticketViewSchema>;

/** One line of the panel's timeline (SLA events and escalations), text already localized. */
export const timelineEntrySchema = z.object({
  at: isoInstant,
  type: z.string(),
  text: z.string(),
});

/** What the SLA panel shows for one issue. `ticket` is null when the issue is not a PQRS ticket. */
export const panelSchema = z.object({
  issueId,
  ticket: ticketViewSchema.nullable(),
  /** Present while the ticket is in a pause status. */
  paused: z.object({ since: isoInstant, reason: z.string().nullable() }).nullable(),
  legalExtension: z.object({ used: z.boolean(), days: z.number().int(), maxDays: z.number().int() }).nullable(),
  timeline: z.array(timelineEntrySchema),
  /** Which agent actions are allowed now. */
  actions: z.object({
    pause: z.boolean(),
    resume: z.boolean(),
    extend: z.boolean(),
    tierUp: z.boolean(),
    tierDown: z.boolean(),
  }),
  /** The calendar the clocks run on, so the UI can tick remaining business time live (core calendar). */
  calendar: z.looseObject({ timeZone: z.string() }).nullable(),
  serverNow: isoInstant,
  locale: z.enum(['es', 'en']),
});
export type WirePanel = z.infer<typeof panelSchema>;

/** A queue row: the ticket plus where it lives in Jira and how long until it breaches. */
export const queueItemSchema = z.object({
  ticket: ticketViewSchema,
  issueId: z.string().nullable(),
  issueKey: z.string().nullable(),
  /** Business ms until the earliest running clock breaches; negative when breached; null when none runs. */
  timeToBreachMs: z.number().nullable(),
});

/** Versioned settings metadata. */
export const settingsMetaSchema = z.object({
  version: z.number().int().min(0),
  updatedAt: isoInstant.nullable(),
  updatedBy: z.string().nullable(),
});

/** Validation problems, each naming the field (dot path). */
export const issueSchema = z.object({ path: z.string(), message: z.string() });

/** Failure half of the envelope. */
export const resolverErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type ResolverError = z.infer<typeof resolverErrorSchema>;

const filters = z.object({
  tier: wireTier.optional(),
  type: wirePqrsKind.optional(),
  priority: wirePriority.optional(),
  channel: wireChannel.optional(),
  breached: z.boolean().optional(),
  /** `null` = unassigned only. */
  assigneeId: z.string().min(1).max(200).nullable().optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
const dateRange = z.object({ from: localDate, to: localDate });

/** Resolver name → { input, output } (output = the `data` of a successful envelope). */
export const resolverContract = {
  getPanel: { input: z.object({ issueId }), output: panelSchema },
  panelAction: {
    input: z.object({
      issueId,
      action: z.enum(['pause', 'resume', 'extend', 'tierUp', 'tierDown', 'reclassify']),
      reason,
      /** For `pause`: Ley 1755 art. 17 incomplete request (also suspends the legal term) or a third party. */
      pauseStatus: z.enum(['waitingRequester', 'waitingThirdParty']).optional(),
      /** Required for `extend`: business days (≤ the original term, once). */
      days: z.number().int().min(1).max(60).optional(),
      /** Required for `reclassify` (ADR 0086): the new PQRS type; the type label is written back. */
      type: wirePqrsKind.optional(),
    }),
    output: panelSchema,
  },
  getSettings: {
    input: z.object({}),
    output: z.object({
      /** The core `Settings` object (validated server-side by the core schema). */
      settings: z.record(z.string(), z.unknown()),
      /** How Jira issues map to tickets (src/jira/settings/mapping.ts `JiraMapping`). */
      jira: z.record(z.string(), z.unknown()),
      meta: settingsMetaSchema,
      isAdmin: z.boolean(),
      projects: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
    }),
  },
  saveSettings: {
    input: z.object({
      settings: z.record(z.string(), z.unknown()),
      jira: z.record(z.string(), z.unknown()),
      /** Optimistic concurrency: the `meta.version` the admin edited. */
      expectedVersion: z.number().int().min(0),
    }),
    /**
     * On invalid settings the envelope fails with code `invalid_settings` and `issues` (paths into
     * `settings`, or `jira.…` into the mapping); `settings_conflict` when someone saved meanwhile;
     * `forbidden` for non-administrators. `recompute` = the background job that re-evaluates every
     * open ticket under the saved settings (paced, ADR 0082; it has only been queued when this answers).
     */
    output: z.object({ meta: settingsMetaSchema, recompute: z.object({ jobId: z.string(), status: z.literal('queued') }) }),
  },
  previewSettings: {
    input: z.object({
      settings: z.record(z.string(), z.unknown()),
      type: wirePqrsKind,
      impact: wireLevel,
      urgency: wireLevel,
      /** Defaults to now. */
      at: isoInstant.optional(),
    }),
    output: z.object({
      receivedAt: isoInstant,
      priority: wirePriority,
      tier: wireTier.nullable(),
      firstResponseDueAt: isoInstant.nullable(),
      resolutionDueAt: isoInstant.nullable(),
      legal: z.object({ dueDate: localDate, dueAt: isoInstant }).nullable(),
      /** "Filed now as a high-priority queja → first response due …, legal due …" */
      summary: z.string(),
    }),
  },
  getQueue: { input: filters, output: z.object({ items: z.array(queueItemSchema) }) },
  claim: { input: z.object({ ticketId: z.string().min(1).max(200) }), output: queueItemSchema },
  assign: {
    input: z.object({ ticketId: z.string().min(1).max(200), assigneeId: z.string().min(1).max(200).nullable() }),
    output: queueItemSchema,
  },
  getMetrics: {
    input: dateRange,
    /** The core metrics report (nine metrics + SLA/legal compliance), as the standalone `/api/metrics`. */
    output: z.record(z.string(), z.unknown()),
  },
  getSemiannualCsv: {
    input: dateRange,
    output: z.object({ filename: z.string(), contentType: z.literal('text/csv'), csv: z.string() }),
  },
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
/** What the UI passes to `invoke(name, payload)`. */
export type ResolverInput<K extends ResolverName> = z.input<ResolverContract[K]['input']>;
/** What a successful call returns in `data`. */
export type ResolverOutput<K extends ResolverName> = z.infer<ResolverContract[K]['output']>;
/** The envelope every resolver returns. */
export type ResolverResult<K extends ResolverName> =
  | { ok: true; data: ResolverOutput<K> }
  | { ok: false; error: ResolverError };

/** The names, for iteration (resolver registration, tests). */
export const RESOLVER_NAMES = Object.keys(resolverContract) as ResolverName[];

/** The envelope schema around one output schema. */
function envelopeOf<T>(output: z.ZodType<T>) {
  return z.union([
    z.object({ ok: z.literal(true), data: output }),
    z.object({ ok: z.literal(false), error: resolverErrorSchema }),
  ]);
}

const c = resolverContract;
/** The envelope schema of every resolver. */
export const resultSchemas: { [K in ResolverName]: z.ZodType<ResolverResult<K>> } = {
  getPanel: envelopeOf(c.getPanel.output),
  panelAction: envelopeOf(c.panelAction.output),
  getSettings: envelopeOf(c.getSettings.output),
  saveSettings: envelopeOf(c.saveSettings.output),
  previewSettings: envelopeOf(c.previewSettings.output),
  getQueue: envelopeOf(c.getQueue.output),
  claim: envelopeOf(c.claim.output),
  assign: envelopeOf(c.assign.output),
  getMetrics: envelopeOf(c.getMetrics.output),
  getSemiannualCsv: envelopeOf(c.getSemiannualCsv.output),
};

/**
 * zod schema of the whole envelope for resolver `name` (the browser facade parses answers with it).
 *
 * @example
 * resultSchema('getPanel').parse(await invoke('getPanel', { issueId: '10001' }));
 */
export function resultSchema<K extends ResolverName>(name: K): z.ZodType<ResolverResult<K>> {
  return resultSchemas[name];
}
