/**
 * A test host for the Forge Custom UI resources: opens a built app (static/forge/<app>/build) in a
 * real Chromium page at a fake Forge CDN origin, provides the bridge @forge/bridge expects
 * (`window.__bridge.callBridge`), and answers its calls in Node: `getContext` with the given module
 * context, `enableTheming` with the light or dark design tokens, and `invoke` by calling the
 * resolver function given — in the tests, the REAL resolver handler, in-process. No other network:
 * every request outside the app's own files is aborted and recorded.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { BRIDGE_SCRIPT, HOST_CALL } from './bridge-script';
import { hostTheme, type ColorMode } from './theme';

/** The fake CDN origin the app is served from (Forge serves resources from a relative path). */
export const APP_ORIGIN = 'https://forge-cdn.fake.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** One bridge call, as the host saw it. */
export interface BridgeCall {
  method: string;
  functionKey?: string;
  payload?: unknown;
}

/** Answers `invoke(functionKey, payload)` for the page; a throw becomes a rejected `invoke`. */
export type InvokeHandler = (functionKey: string, payload: unknown, context: Record<string, unknown>) => Promise<unknown>;

export interface OpenOptions {
  /** The built resource directory (contains index.html). */
  buildDir: string;
  /** The module context `view.getContext()` returns (Forge's FullContext shape). */
  context: Record<string, unknown>;
  colorMode: ColorMode;
  invoke: InvokeHandler;
  viewport?: { width: number; height: number };
  /** Freezes the page's clock (Date and timers) at this instant, if given; tests advance it. */
  clockAt?: Date;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  calls: BridgeCall[];
  /** Requests the host refused (anything but the app's own files). */
  blocked: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

const invokeArgs = z.object({ functionKey: z.string(), payload: z.unknown().optional() });

/**
 * Opens `buildDir/index.html` with the fake bridge installed and waits for the document to load.
 *
 * @example
 * const app = await openForgeApp(browser, { buildDir, context, colorMode: 'dark', invoke: handler });
 * await app.page.getByTestId('sla-panel').waitFor();
 */
export async function openForgeApp(browser: Browser, opts: OpenOptions): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1000, height: 900 }, serviceWorkers: 'block' });
  const calls: BridgeCall[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const theme = await hostTheme(opts.colorMode);

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(opts.buildDir, rel);
    if (!file.startsWith(path.resolve(opts.buildDir))) {
      await route.fulfill({ status: 403, body: 'forbidden' });
      return;
    }
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' } });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });

  await context.exposeFunction(HOST_CALL, async (method: string, argsJson: string): Promise<string> => {
    const args: unknown = JSON.parse(argsJson);
    try {
      const value = await answer(method, args);
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (err) {
      return JSON.stringify({ error: err instanceof Error ? err.message : String(err) });
    }
  });
  await context.addInitScript(BRIDGE_SCRIPT);

  async function answer(method: string, args: unknown): Promise<unknown> {
    if (method === 'invoke') {
      const { functionKey, payload } = invokeArgs.parse(args);
      calls.push({ method, functionKey, payload });
      return opts.invoke(functionKey, payload ?? {}, opts.context);
    }
    calls.push({ method });
    if (method === 'getContext') return opts.context;
    if (method === 'enableTheming') return theme;
    throw new Error(`fake bridge host: unsupported bridge method '${method}'`);
  }

  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  if (opts.clockAt) {
    // Frozen at `clockAt` until the test moves it (`page.clock.runFor`): no real time leaks in.
    await page.clock.install({ time: new Date(opts.clockAt.getTime() - 1_000) });
    await page.clock.pauseAt(opts.clockAt);
  }
  await page.goto(`${APP_ORIGIN}/index.html`);
  return { page, context, calls, blocked, pageErrors, close: () => context.close() };
}
