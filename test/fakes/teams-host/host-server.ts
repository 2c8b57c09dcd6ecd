/**
 * Serves the fake Teams host page on its own loopback origin (a different origin from the tab,
 * as in real Teams), so teams-js origin checks are exercised for real.
 */
import { createServer, type Server } from 'node:http';
import { fakeTeamsHostHtml, type FakeTeamsContext } from './host-page';

export interface FakeTeamsHost {
  /** Origin of the host page, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** URL of the host page framing `tabUrl` (with `hostOrigin` added to it). */
  pageFor(tabUrl: string, context: FakeTeamsContext, token?: string): string;
  close(): Promise<void>;
}

/**
 * @example
 * const host = await startFakeTeamsHost();
 * await page.goto(host.pageFor('http://127.0.0.1:3978/tabs/queue', context));
 */
export async function startFakeTeamsHost(): Promise<FakeTeamsHost> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake Teams host: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pageFor(tabUrl, context, token = 'eyJ.fake-sso-token.sig') {
      const url = new URL(tabUrl);
      url.searchParams.set('hostOrigin', origin);
      const path = `/host/${pages.size + 1}`;
      pages.set(path, fakeTeamsHostHtml({ tabUrl: url.toString(), context, token }));
      return `${origin}${path}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
