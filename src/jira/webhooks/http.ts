/** Web trigger request/response plumbing: header lookup, JSON responses, localized errors. */
import { z } from 'zod';
import { errorBody, resolveLocale, t, type Locale, type MessageParams } from '../../core/index';

/** The request shape Forge passes to a web trigger function (headers as arrays). */
export const webTriggerRequestSchema = z.object({
  method: z.string(),
  body: z.string().optional().default(''),
  headers: z.record(z.string(), z.array(z.string())).optional().default({}),
  queryParameters: z.record(z.string(), z.array(z.string())).optional(),
  path: z.string().optional(),
}).loose();
export type WebTriggerIn = z.infer<typeof webTriggerRequestSchema>;

export interface WebTriggerOut {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** First value of a header, case-insensitively. */
export function header(req: Pick<WebTriggerIn, 'headers'>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(req.headers)) if (k.toLowerCase() === wanted) return v[0];
  return undefined;
}

/** A JSON response. */
export function jsonResponse(statusCode: number, body: unknown, extra: Record<string, string[]> = {}): WebTriggerOut {
  return { statusCode, headers: { 'Content-Type': ['application/json; charset=utf-8'], ...extra }, body: JSON.stringify(body) };
}

/** `{ error: { code, message, issues? } }`, message from the `jira.error.*` catalogue (or the core's). */
export function errorResponse(
  statusCode: number,
  code: string,
  locale: Locale,
  params?: MessageParams,
  issues?: { path: string; message: string }[],
): WebTriggerOut {
  const key = `jira.error.${code}`;
  const translated = t(locale, key, params);
  const body = translated === key ? errorBody(code, locale, params) : { error: { code, message: translated } };
  return jsonResponse(statusCode, issues ? { error: { ...body.error, issues } } : body);
}

/** The request's locale (Accept-Language; Spanish by default). */
export function localeOf(req: Pick<WebTriggerIn, 'headers'>): Locale {
  return resolveLocale(header(req, 'accept-language'));
}
