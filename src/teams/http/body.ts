/** Reading a request body: size cap (413), JSON only (415), valid JSON (400). */
import type { IncomingMessage } from 'node:http';
import { httpError } from './http-error';

/** Default body cap: 256 KiB (an intake is at most ~11 KB of text). */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** The raw body, rejecting with 413 as soon as it exceeds `limit` bytes. */
export function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(httpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(httpError(413, 'payload_too_large', { limit }, { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

/** True when the Content-Type is JSON (`application/json`, `application/*+json`), any charset. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The parsed JSON body (`undefined` when empty). */
export async function readJson(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const length = req.headers['content-length'];
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (!chunked && (length === undefined || length === '0')) {
    req.resume();
    return undefined;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    throw httpError(415, 'unsupported_media_type');
  }
  const raw = await readRaw(req, limit);
  if (raw.length === 0) return undefined;
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return value;
  } catch {
    throw httpError(400, 'invalid_json');
  }
}
