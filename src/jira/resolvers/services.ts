/**
 * One service per resolver (≈ parse → core → map). Agent actions run the core use cases as the
 * invoking user; settings are admin-only (Forge admin page + Jira ADMINISTER checked server-side).
 */
import type { z } from 'zod';
import {
  assignTicket, claimTicket, escalateTier, extendLegalTerm, pauseTicket, resumeTicket, toTicketView,
  type Actor, type Locale, type Result, type Ticket,
} from '../../core/index';
import { syncProperty } from '../properties/sync';
import { ticketDeps, type JiraContext } from '../service/context';
import type { TicketRecord } from '../store/record';
import { queueItemSchema, type ResolverContract, type ResolverName, type ResolverOutput } from './contract';
import { failure, fromDomain, success, type Envelope } from './envelope';
import { panelOf, reclassifyFromPanel } from './panel';
import { settingsServices } from './settings-services';

/** Who is calling, from the resolver's invocation context. */
export interface ResolverCall {
  accountId: string | null;
  locale: Locale;
  /** `jira:issuePanel`, `jira:adminPage`, `jira:projectPage`, … */
  moduleType: string | null;
}

type Service<K extends ResolverName> = (
  ctx: JiraContext, input: z.output<ResolverContract[K]['input']>, call: ResolverCall,
) => Promise<Envelope<ResolverOutput<K>>>;
export type Services = { [K in ResolverName]: Service<K> };

const agent = (call: ResolverCall): Actor => ({ id: call.accountId ?? 'unknown', role: 'agent' });

/** Time to breach of the earliest running (or breached) clock; null when none runs. */
export function timeToBreach(view: ReturnType<typeof toTicketView>): number | null {
  const live = view.sla.filter((c) => c.state === 'running' || c.state === 'breached').map((c) => c.remainingMs);
  return live.length === 0 ? null : Math.min(...live);
}

function queueItem(ctx: JiraContext, settings: Parameters<typeof toTicketView>[1], rec: Pick<TicketRecord, 'issueId' | 'issueKey'>, ticket: Ticket) {
  const view = toTicketView(ticket, settings, ctx.clock.now());
  return queueItemSchema.parse({ ticket: view, issueId: rec.issueId ?? null, issueKey: rec.issueKey ?? null, timeToBreachMs: timeToBreach(view) });
}

async function afterChange<T>(ctx: JiraContext, result: Result<Ticket>, locale: Locale, map: (t: Ticket) => Promise<T> | T): Promise<Envelope<T>> {
  if (!result.ok) return fromDomain(result.error, locale);
  await syncProperty(ctx, await ctx.settings.current(), result.value);
  return success(await map(result.value));
}

export const SERVICES: Services = {
  async getPanel(ctx, { issueId }, call) {
    const doc = await ctx.settings.current();
    const rec = await ctx.store.getByIssueId(issueId);
    return success(panelOf(issueId, rec?.ticket ?? null, doc.settings, ctx.clock.now(), call.locale));
  },

  async panelAction(ctx, input, call) {
    const doc = await ctx.settings.current();
    const rec = await ctx.store.getByIssueId(input.issueId);
    if (!rec) return failure('not_a_ticket', call.locale);
    const deps = ticketDeps(ctx, doc, true);
    const base = { ticketId: rec.ticketId, actor: agent(call), reason: input.reason };
    let result: Result<Ticket>;
    switch (input.action) {
      case 'pause': result = await pauseTicket(deps, { ...base, status: input.pauseStatus ?? 'waitingRequester' }); break;
      case 'resume': result = await resumeTicket(deps, base); break;
      case 'extend': result = await extendLegalTerm(deps, { ...base, days: input.days ?? 0 }); break;
      case 'tierUp': result = await escalateTier(deps, { ...base, direction: 'up' }); break;
      case 'tierDown': result = await escalateTier(deps, { ...base, direction: 'down' }); break;
      case 'reclassify': result = await reclassifyFromPanel(ctx, doc.jira, deps, { ...base, issueId: input.issueId, type: input.type }); break;
    }
    return afterChange(ctx, result, call.locale, (t) => panelOf(input.issueId, t, doc.settings, ctx.clock.now(), call.locale));
  },

  async getQueue(ctx, filters, call) {
    void call;
    const doc = await ctx.settings.current();
    const { limit, ...query } = filters;
    const records = await ctx.store.listRecords({ status: 'open', ...query });
    const items = records.map((r) => queueItem(ctx, doc.settings, r, r.ticket));
    items.sort((a, b) => (a.timeToBreachMs ?? Number.POSITIVE_INFINITY) - (b.timeToBreachMs ?? Number.POSITIVE_INFINITY) || a.ticket.id.localeCompare(b.ticket.id));
    return success({ items: items.slice(0, limit ?? 100) });
  },

  async claim(ctx, { ticketId }, call) {
    const doc = await ctx.settings.current();
    const result = await claimTicket(ticketDeps(ctx, doc, true), { ticketId, actor: agent(call) });
    return afterChange(ctx, result, call.locale, async (t) => queueItem(ctx, doc.settings, (await ctx.store.record(t.id)) ?? {}, t));
  },

  async assign(ctx, { ticketId, assigneeId }, call) {
    const doc = await ctx.settings.current();
    const result = await assignTicket(ticketDeps(ctx, doc, true), { ticketId, actor: agent(call), assigneeId });
    return afterChange(ctx, result, call.locale, async (t) => queueItem(ctx, doc.settings, (await ctx.store.record(t.id)) ?? {}, t));
  },

  ...settingsServices,
};
