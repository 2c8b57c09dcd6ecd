/**
 * The typed route table: each route names its method, path pattern (`:param` segments), whether it
 * needs an identity, and zod schemas for its query and body; `handle` gets them parsed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { localizeIssues, type Locale } from '../../core/index';
import type { Actor } from '../service/types';
import { readJson } from './body';
import { HttpError } from './http-error';

/** For routes without query parameters (unknown ones are ignored). */
export const noQuery = z.object({});
/** For routes without a body. */
export const noBody = z.undefined();

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a handler returns; the server writes it. `raw` means the handler wrote the response itself. */
export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; text: string; contentType: string; headers?: Record<string, string> }
  | { raw: true };

/** Per-request context. `actor` is set for routes that need an identity. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  locale: Locale;
  /** Resolves the caller (authenticates); throws HttpError 401/403 on failure. */
  actor(): Promise<Actor>;
}

export interface RouteInput<Q, B> {
  params: Readonly<Record<string, string>>;
  query: Q;
  body: B;
}

interface RouteDef<Q, B> {
  method: Method;
  path: string;
  /** Use {@link noQuery} when the route takes no query parameters. */
  query: z.ZodType<Q>;
  /** Use {@link noBody} when the route takes no body. */
  body: z.ZodType<B>;
  /** Body size cap in bytes (default 256 KiB). */
  bodyLimit?: number;
  handle(ctx: RequestContext, input: RouteInput<Q, B>): Promise<Reply>;
}

/** A route with its generics erased (what the router stores). */
export interface Route {
  method: Method;
  segments: string[];
  run(ctx: RequestContext, params: Readonly<Record<string, string>>, query: URLSearchParams): Promise<Reply>;
}

/** Issues of a zod error as `{ path, message }`, messages in `locale` (Spanish by default). */
export function zodIssues(error: z.ZodError, locale: Locale = 'es'): { path: string; message: string }[] {
  return localizeIssues(error, locale);
}

/**
 * Declares a route. Query strings are parsed from `Object.fromEntries(searchParams)`; a failing
 * query or body schema answers 400 `invalid_request` with the issues.
 *
 * @example
 * route({ method: 'GET', path: '/healthz', query: noQuery, body: noBody, handle: async () => ({ status: 200, json: { ok: true } }) });
 */
export function route<Q, B>(def: RouteDef<Q, B>): Route {
  return {
    method: def.method,
    segments: splitPath(def.path),
    async run(ctx, params, search) {
      const query = parseWith(def.query, Object.fromEntries(search), ctx.locale);
      const body = parseWith(def.body, await readJson(ctx.req, def.bodyLimit), ctx.locale);
      return def.handle(ctx, { params, query, body });
    },
  };
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, locale: Locale): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, { code: 'invalid_request', issues: zodIssues(parsed.error, locale) });
  return parsed.data;
}

/** `'/api/tickets/:id'` → `['api', 'tickets', ':id']`. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}
