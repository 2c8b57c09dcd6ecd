/**
 * node:http ⇄ the botbuilder `Request`/`Response` shapes (what express/restify would provide):
 * the body is read and parsed before `adapter.process`, the reply is written on `end()`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

/** Largest activity accepted (Teams messages are far smaller). */
export const MAX_BODY_BYTES = 512 * 1024;

export type BodyResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: 400 | 413; code: 'invalid_json' | 'payload_too_large' };

const ActivityObject = z.record(z.string(), z.unknown());

/** Reads and parses the JSON body (an object), or says why not. */
export async function readActivityBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) return { ok: false, status: 413, code: 'payload_too_large' };
    chunks.push(buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { ok: false, status: 400, code: 'invalid_json' };
  }
  const parsed = ActivityObject.safeParse(json);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, status: 400, code: 'invalid_json' };
}

/** The botbuilder `Response` over a node `ServerResponse`. */
export function botResponse(res: ServerResponse) {
  let body: unknown;
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
    },
    send(value?: unknown) {
      body = value;
    },
    end() {
      if (res.writableEnded) return;
      if (body === undefined || body === null) {
        res.end();
      } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.end(body);
      } else {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(body));
      }
    },
  };
}

/** A small JSON error reply for requests that never reach the adapter. */
export function sendJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: { code, message } }));
}
