/**
 * The server's request handler: `/api/messages` → the bot, `/api/*` and `/healthz` → the route
 * table, anything else → the built tabs. Expected failures become `{ error: { code, message } }`
 * in the caller's language; unexpected ones are logged (no personal data) and answer 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveLocale, type Locale } from '../../core/index';
import type { Actor } from '../service/types';
import { HttpError } from './http-error';
import { writeError, writeReply } from './respond';
import type { RequestContext, Route } from './route';
import { matchRoute } from './router';
import { staticFile } from './static-files';

/** The bot endpoint (botbuilder CloudAdapter behind it). */
export type BotEndpoint = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface HandlerOptions {
  routes: readonly Route[];
  /** Resolves the caller of an authenticated route (throws HttpError 401/403). */
  actor(req: IncomingMessage, locale: Locale): Promise<Actor>;
  /** The bot; null → 503 until it is available. */
  bot: () => BotEndpoint | null;
  /** Root of the built tabs, or null to serve none. */
  staticRoot: string | null;
  logger: Logger;
}

/**
 * Builds the `node:http` request listener.
 *
 * @example
 * http.createServer(createHandler({ routes, actor, bot: () => null, staticRoot: null, logger }));
 */
export function createHandler(options: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const locale = resolveLocale(headerValue(req.headers['accept-language']));
    handle(options, req, res, locale).catch((error: unknown) => fail(options.logger, res, error, locale));
  };
}

async function handle(options: HandlerOptions, req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === '/api/messages') {
    if (method !== 'POST') throw new HttpError(405, { code: 'method_not_allowed', params: { method, allowed: 'POST' } }, { Allow: 'POST' });
    const bot = options.bot();
    if (!bot) throw new HttpError(503, { code: 'unavailable' });
    await bot(req, res);
    return;
  }
  if (path === '/healthz' || path === '/api' || path.startsWith('/api/')) {
    const { route, params } = matchRoute(options.routes, method, path);
    let actor: Promise<Actor> | null = null;
    const ctx: RequestContext = {
      req,
      res,
      locale,
      actor: () => (actor ??= options.actor(req, locale)),
    };
    writeReply(res, await route.run(ctx, params, url.searchParams));
    return;
  }
  if ((method === 'GET' || method === 'HEAD') && options.staticRoot) {
    const file = await staticFile(options.staticRoot, path);
    if (file) {
      res.writeHead(file.status, {
        'Content-Type': file.contentType,
        'Content-Length': file.body.length,
        'Cache-Control': file.cacheControl,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(method === 'HEAD' ? undefined : file.body);
      return;
    }
  }
  req.resume();
  throw new HttpError(404, { code: 'not_found' });
}

function fail(logger: Logger, res: ServerResponse, error: unknown, locale: Locale): void {
  if (error instanceof HttpError) {
    writeError(res, error.status, error.error, locale, error.headers);
    return;
  }
  logger.error('request failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  writeError(res, 500, { code: 'unexpected' }, locale);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
