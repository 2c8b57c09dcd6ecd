/** Writing replies: JSON, text, and error bodies in the request's language. */
import type { ServerResponse } from 'node:http';
import type { Locale } from '../../core/index';
import { serviceErrorBody } from '../service/errors';
import type { ServiceError } from '../service/types';
import type { Reply } from './route';

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } as const;

/** Writes a handler's reply (unless it wrote the response itself). */
export function writeReply(res: ServerResponse, reply: Reply): void {
  if ('raw' in reply) return;
  if ('json' in reply) {
    const body = JSON.stringify(reply.json);
    res.writeHead(reply.status, {
      ...BASE_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...reply.headers,
    });
    res.end(body);
    return;
  }
  res.writeHead(reply.status, {
    ...BASE_HEADERS,
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.text),
    ...reply.headers,
  });
  res.end(reply.text);
}

/** Writes `{ error: { code, message } }` with `status`. */
export function writeError(
  res: ServerResponse,
  status: number,
  error: ServiceError,
  locale: Locale,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  writeReply(res, { status, json: serviceErrorBody(error, locale), headers: { 'Content-Language': locale, ...headers } });
}
