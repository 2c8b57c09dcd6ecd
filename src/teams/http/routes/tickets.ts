/** `/api/tickets…`: file, read, list (mine/queue), and the actions on one ticket. */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CHANNELS, PRIORITIES, PQRS_KINDS, TIERS } from '../../../core/index';
import { ACTION_KINDS } from '../../service/actions';
import type { TicketService, TicketView } from '../../service/types';
import type { SqliteIdempotencyStore } from '../../store/sqlite-idempotency-store';
import { httpError } from '../http-error';
import { noBody, route, type Route } from '../route';
import { jsonOf, unwrap } from './common';

const IdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,200}$/);

const ListQuery = z.object({
  view: z.enum(['mine', 'queue']).default('mine'),
  tier: z.enum(TIERS).optional(),
  type: z.enum(PQRS_KINDS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  channel: z.enum(CHANNELS).optional(),
  breached: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  assignee: z.string().min(1).max(200).optional(),
});

/** Stable fingerprint of a JSON body (key order independent) to detect a reused Idempotency-Key. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('base64url');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A list response body (docs: `{ items, evaluatedAt, calendars }`). */
export interface TicketListBody {
  items: Omit<TicketView, 'slaCalendar'>[];
  /** When the clocks were evaluated (the views' own instant; else the server's now). */
  evaluatedAt: string;
  /** Each distinct SLA policy's business calendar, once, by the items' `policyId`. */
  calendars: Record<string, NonNullable<TicketView['slaCalendar']>>;
}

/**
 * The list body: the views with their SLA calendars deduplicated into `calendars` (one spec per
 * policy instead of one per ticket), plus the evaluation instant the tabs tick from.
 *
 * @example
 * listBody(views, () => new Date()).calendars.default?.timeZone; // 'America/Bogota'
 */
export function listBody(views: readonly TicketView[], now: () => Date): TicketListBody {
  const calendars: TicketListBody['calendars'] = {};
  const items = views.map(({ slaCalendar, ...item }) => {
    if (slaCalendar !== undefined && item.policyId !== undefined) calendars[item.policyId] ??= slaCalendar;
    return item;
  });
  return { items, evaluatedAt: views[0]?.evaluatedAt ?? now().toISOString(), calendars };
}

export function ticketRoutes(service: TicketService, idempotency: SqliteIdempotencyStore, now: () => Date): Route[] {
  return [
    route({
      method: 'POST',
      path: '/api/tickets',
      query: z.object({}),
      body: z.unknown(),
      async handle(ctx, { body }) {
        const actor = await ctx.actor();
        const rawKey = ctx.req.headers['idempotency-key'];
        let intakeKey = `api:${randomUUID()}`;
        let key: string | null = null;
        if (rawKey !== undefined) {
          const parsedKey = IdempotencyKey.safeParse(Array.isArray(rawKey) ? rawKey[0] : rawKey);
          if (!parsedKey.success) throw httpError(400, 'invalid_idempotency_key');
          key = `${actor.email}:${parsedKey.data}`;
          intakeKey = `api:${fingerprint(key)}`;
          const seen = await idempotency.get(key);
          if (seen && seen.fingerprint !== fingerprint(body)) throw httpError(409, 'idempotency_mismatch');
        }
        const filed = unwrap(await service.fileTicket(body, actor, intakeKey, ctx.locale));
        if (key !== null && filed.created) {
          await idempotency.put({ key, fingerprint: fingerprint(body), ticketId: filed.ticket.id }, now().toISOString());
        }
        return {
          status: filed.created ? 201 : 200,
          json: filed.ticket,
          headers: { Location: `/api/tickets/${encodeURIComponent(filed.ticket.id)}` },
        };
      },
    }),
    route({
      method: 'GET',
      path: '/api/tickets',
      query: ListQuery,
      body: noBody,
      async handle(ctx, { query }) {
        const actor = await ctx.actor();
        if (query.view === 'mine') return { status: 200, json: listBody(unwrap(await service.listMine(actor)), now) };
        const { view: _view, assignee, ...filters } = query;
        const items = unwrap(
          await service.listQueue({ ...filters, ...(assignee !== undefined && { assigneeId: assignee === 'none' ? null : assignee }) }, actor),
        );
        return { status: 200, json: listBody(items, now) };
      },
    }),
    route({
      method: 'GET',
      path: '/api/tickets/:id',
      query: z.object({}),
      body: noBody,
      async handle(ctx, { params }) {
        const id = params.id ?? '';
        const actor = await ctx.actor();
        return jsonOf(/^PQRS-/i.test(id) ? await service.getByNumber(id, actor) : await service.get(id, actor));
      },
    }),
    route({
      method: 'POST',
      path: '/api/tickets/:id/:action',
      query: z.object({}),
      body: z.unknown(),
      async handle(ctx, { params, body }) {
        const kind = z.enum(ACTION_KINDS).safeParse(params.action);
        if (!kind.success) throw httpError(404, 'not_found');
        const actor = await ctx.actor();
        if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
          throw httpError(400, 'invalid_request', { detail: 'body' });
        }
        const fields = body ?? {};
        return jsonOf(await service.act(params.id ?? '', { ...fields, kind: kind.data }, actor));
      },
    }),
  ];
}
