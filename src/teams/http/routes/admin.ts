/** `/healthz`, `/api/me`, metrics, the semiannual CSV, settings (admins) and the agent pulse. */
import { z } from 'zod';
import type { AuthMode } from '../../auth/types';
import type { TicketService } from '../../service/types';
import { DEFAULT_BODY_LIMIT } from '../body';
import { httpError } from '../http-error';
import { noBody, noQuery, route, type Route } from '../route';
import { jsonOf, unwrap } from './common';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const RangeQuery = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((r) => r.from <= r.to, { message: 'from must be on or before to', path: ['from'] });

export interface AdminRouteDeps {
  service: TicketService;
  mode: AuthMode;
  /** True while the store is open. */
  healthy(): boolean;
}

export function adminRoutes({ service, mode, healthy }: AdminRouteDeps): Route[] {
  return [
    route({
      method: 'GET',
      path: '/healthz',
      query: noQuery,
      body: noBody,
      async handle() {
        if (!healthy()) throw httpError(503, 'unavailable');
        return { status: 200, json: { ok: true } };
      },
    }),
    route({
      method: 'GET',
      path: '/api/me',
      query: noQuery,
      body: noBody,
      async handle(ctx) {
        const actor = await ctx.actor();
        return { status: 200, json: { ...actor, mode } };
      },
    }),
    route({
      method: 'GET',
      path: '/api/metrics',
      query: RangeQuery,
      body: noBody,
      async handle(ctx, { query }) {
        return jsonOf(await service.metrics(query, await ctx.actor()));
      },
    }),
    route({
      method: 'GET',
      path: '/api/reports/semiannual.csv',
      query: RangeQuery,
      body: noBody,
      async handle(ctx, { query }) {
        const csv = unwrap(await service.semiannualCsv(query, await ctx.actor()));
        return {
          status: 200,
          text: csv,
          contentType: 'text/csv; charset=utf-8',
          headers: { 'Content-Disposition': `attachment; filename="pqrs-${query.from}-${query.to}.csv"` },
        };
      },
    }),
    route({
      method: 'GET',
      path: '/api/settings',
      query: noQuery,
      body: noBody,
      async handle(ctx) {
        return jsonOf(await service.getSettings(await ctx.actor()));
      },
    }),
    route({
      method: 'PUT',
      path: '/api/settings',
      query: noQuery,
      body: z.unknown(),
      bodyLimit: 4 * DEFAULT_BODY_LIMIT,
      async handle(ctx, { body }) {
        return jsonOf(await service.saveSettings(body, await ctx.actor(), ctx.locale));
      },
    }),
    route({
      method: 'POST',
      path: '/api/settings/preview',
      query: noQuery,
      body: z.unknown(),
      bodyLimit: 4 * DEFAULT_BODY_LIMIT,
      async handle(ctx, { body }) {
        return jsonOf(await service.preview(body, await ctx.actor(), ctx.locale));
      },
    }),
    route({
      method: 'POST',
      path: '/api/pulse',
      query: noQuery,
      body: z.unknown(),
      async handle(ctx, { body }) {
        return jsonOf(await service.recordPulse(body, await ctx.actor()), 201);
      },
    }),
  ];
}
