/**
 * The `TicketService` of the Teams server: validates, picks the core actor, calls the core use
 * case with the settings in force, and maps results to views. No business rule lives here.
 */
import {
  IntakeRequestSchema, fileTicket, toTicketView, validateSettings, whatIf, recordAgentPulse, PulseBodySchema,
  recomputeTicket, isConcurrencyError, localizeIssues, rulesFor,
  type Clock, type Locale, type DomainError, type Ids, type Notifier, type PulseStore, type Ticket, type TicketDeps, type TicketStore,
} from '../../core/index';
import { z } from 'zod';
import { TicketActionSchema } from './actions';
import { runAction } from './actions';
import { fail, ok } from './errors';
import { actorFor, coreActor, isAdminActor, isStaffActor, type RoleGrants } from './identify';
import { queueOrder } from './queue-order';
import type { Reports } from './reports';
import type { SettingsHolder } from './settings-holder';
import type { Actor, ServiceError, ServiceResult, TicketService, TicketView } from './types';

export interface TicketServiceDeps {
  store: TicketStore;
  pulses: PulseStore;
  clock: Clock;
  ids: Ids;
  notifier: Notifier;
  settings: SettingsHolder;
  grants: RoleGrants;
  reports: Reports;
  /** Called after every successful write (the scheduler re-arms). */
  onWrite?: (ticket: Ticket) => void;
}

const WhatIfInputSchema = z.object({
  settings: z.unknown().optional(),
  type: z.string(),
  impact: z.enum(['alta', 'media', 'baja']),
  urgency: z.enum(['alta', 'media', 'baja']),
  channel: z.string().default('teams'),
});

const issuesOf = (error: z.ZodError, locale: Locale = 'es') => localizeIssues(error, locale);
const forbidden = (): ServiceResult<never> => fail({ code: 'forbidden' });

/**
 * Builds the service.
 *
 * @example
 * const service = createTicketService({ store, pulses, clock, ids, notifier, settings, grants, reports });
 */
export function createTicketService(deps: TicketServiceDeps): TicketService {
  const ticketDeps = (): TicketDeps => ({
    store: deps.store, clock: deps.clock, ids: deps.ids, notifier: deps.notifier, settings: deps.settings.current(),
  });
  /** The core view at `now`, plus what the tabs need to tick the clocks live (evaluation instant, policy calendar). */
  const view = (ticket: Ticket, now: Date = deps.clock.now()): TicketView => {
    const settings = deps.settings.current();
    const rules = rulesFor(settings, ticket);
    return {
      ...toTicketView(ticket, settings, now),
      evaluatedAt: now.toISOString(), policyId: rules.policyId, slaCalendar: rules.policy.calendar,
    };
  };
  const viewsAt = (tickets: Ticket[]): TicketView[] => {
    const now = deps.clock.now(); // one evaluation instant for the whole list
    return tickets.map((ticket) => view(ticket, now));
  };
  const written = (ticket: Ticket): TicketView => {
    deps.onWrite?.(ticket);
    return view(ticket);
  };
  const canSee = (ticket: Ticket, actor: Actor) =>
    isStaffActor(actor) || ticket.requester.email.toLowerCase() === actor.email.toLowerCase();
  const domainError = (error: DomainError): ServiceError => ({
    code: error.code, messageKey: error.messageKey, params: error.params,
  });

  return {
    async identify(identity) {
      return actorFor(deps.settings.current(), identity, await deps.grants.rolesFor(identity.email));
    },

    async fileTicket(intake, actor, intakeKey, locale) {
      const parsed = IntakeRequestSchema.safeParse(intake);
      if (!parsed.success) return fail({ code: 'invalid_request', issues: issuesOf(parsed.error, locale) });
      const before = await deps.store.findByIntakeKey(intakeKey);
      if (before) return canSee(before, actor) ? ok({ ticket: view(before), created: false }) : forbidden();
      const result = await fileTicket(ticketDeps(), { intakeKey, request: parsed.data, actor: coreActor(actor), locale });
      if (!result.ok) return fail(domainError(result.error));
      return ok({ ticket: written(result.value), created: true });
    },

    async get(ticketId, actor) {
      const ticket = await deps.store.get(ticketId);
      if (!ticket || !canSee(ticket, actor)) return fail({ code: 'ticket_not_found', params: { id: ticketId } });
      return ok(view(ticket));
    },

    async getByNumber(number, actor) {
      const ticket = await deps.store.getByNumber(number.trim().toUpperCase());
      if (!ticket || !canSee(ticket, actor)) return fail({ code: 'ticket_not_found', params: { id: number } });
      return ok(view(ticket));
    },

    async listMine(actor) {
      const tickets = await deps.store.list({ requesterEmail: actor.email, sort: '-createdAt', limit: 500 });
      return ok(viewsAt(tickets));
    },

    async listQueue(filters, actor) {
      if (!isStaffActor(actor)) return forbidden();
      const tickets = await deps.store.list({ status: 'open', ...filters, limit: 2000 });
      return ok(queueOrder(viewsAt(tickets)));
    },

    async act(ticketId, action, actor) {
      const parsed = TicketActionSchema.safeParse(action);
      if (!parsed.success) return fail({ code: 'invalid_request', issues: issuesOf(parsed.error) });
      const ticket = await deps.store.get(ticketId);
      if (!ticket || !canSee(ticket, actor)) return fail({ code: 'ticket_not_found', params: { id: ticketId } });
      const asRequester = parsed.data.kind === 'rate' || !isStaffActor(actor);
      const result = await runAction(ticketDeps(), ticketId, parsed.data, coreActor(actor, asRequester));
      if (!result.ok) return fail(domainError(result.error));
      return ok(written(result.value));
    },

    async metrics(range, actor) {
      if (!isStaffActor(actor)) return forbidden();
      return deps.reports.metrics(range, deps.settings.current());
    },

    async semiannualCsv(range, actor) {
      if (!isStaffActor(actor)) return forbidden();
      return deps.reports.semiannualCsv(range, deps.settings.current(), actor.locale);
    },

    async getSettings(actor) {
      if (!isStaffActor(actor)) return forbidden();
      return ok(deps.settings.version());
    },

    async saveSettings(input, actor, locale = 'es') {
      if (!isAdminActor(actor)) return forbidden();
      const checked = validateSettings(input, locale);
      if (!checked.ok) return fail({ code: 'invalid_settings', issues: checked.issues });
      const now = deps.clock.now();
      const saved = await deps.settings.replace(checked.settings, actor.id, now.toISOString());
      await recomputeOpen(deps, now);
      return ok(saved);
    },

    async preview(input, actor, locale = 'es') {
      if (!isAdminActor(actor)) return forbidden();
      const parsed = WhatIfInputSchema.safeParse(input);
      if (!parsed.success) return fail({ code: 'invalid_request', issues: issuesOf(parsed.error, locale) });
      let settings = deps.settings.current();
      if (parsed.data.settings !== undefined) {
        const checked = validateSettings(parsed.data.settings, locale);
        if (!checked.ok) return fail({ code: 'invalid_settings', issues: checked.issues });
        settings = checked.settings;
      }
      const kind = IntakeRequestSchema.shape.type.safeParse(parsed.data.type);
      if (!kind.success) return fail({ code: 'invalid_request', issues: issuesOf(kind.error, locale) });
      const { impact, urgency, channel } = parsed.data;
      return ok({ ...whatIf(settings, { type: kind.data, impact, urgency, channel }, deps.clock.now()) });
    },

    async recordPulse(input, actor) {
      if (!isStaffActor(actor)) return forbidden();
      const parsed = PulseBodySchema.safeParse(input);
      if (!parsed.success) return fail({ code: 'invalid_request', issues: issuesOf(parsed.error) });
      const result = await recordAgentPulse(
        { pulses: deps.pulses, clock: deps.clock, ids: deps.ids },
        { actor: coreActor(actor), score: parsed.data.score, ...(parsed.data.comment !== undefined && { comment: parsed.data.comment }) },
      );
      if (!result.ok) return fail(domainError(result.error));
      return ok({ recorded: true });
    },
  };
}

/** After a settings change: recompute every open ticket's derived fields (retrying lost races once). */
async function recomputeOpen(deps: TicketServiceDeps, now: Date): Promise<void> {
  const open = await deps.store.list({ status: 'open' });
  for (const ticket of open) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const current = attempt === 0 ? ticket : await deps.store.get(ticket.id);
      if (!current) break;
      try {
        const saved = await deps.store.save(recomputeTicket(deps.settings.current(), current, now), current.version);
        deps.onWrite?.(saved);
        break;
      } catch (error) {
        if (!isConcurrencyError(error)) throw error;
      }
    }
  }
}
