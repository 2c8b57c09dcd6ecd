/**
 * Serves the built tabs (static/teams/build): exact files with their content type, `index.html`
 * for `/` and as the SPA fallback for `/tabs/*`. Paths are resolved inside the root only.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Content type for a file name (octet-stream when unknown). */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  status: number;
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

/**
 * The file for a URL path under `root` (a folder's `index.html` for a folder, e.g. `/tabs/queue`),
 * else the root index for `/tabs/...` (SPA fallback), or null.
 *
 * @example
 * await staticFile('/srv/build', '/tabs/queue'); // index.html
 */
export async function staticFile(root: string, pathname: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  const dirIndex = join(target, 'index.html');
  const file = (await readIfFile(target)) ?? (await readIfFile(dirIndex));
  if (file) {
    const immutable = target.includes(`${sep}assets${sep}`);
    return {
      status: 200,
      body: file,
      contentType: contentTypeOf(extname(target) === '' ? dirIndex : target),
      cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
  if (decoded === '/' || decoded === '/tabs' || decoded.startsWith('/tabs/')) {
    const index = await readIfFile(join(base, 'index.html'));
    if (index) return { status: 200, body: index, contentType: TYPES['.html'] ?? 'text/html', cacheControl: 'no-cache' };
  }
  return null;
}

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

