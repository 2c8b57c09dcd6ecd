/**
 * The usual set-up of a tabs browser test: the tabs built once, the real server at a fixed
 * instant, and Chromium in Bogotá with its page clock at the same instant; both closed after the
 * file. Read `tabs.server` / `tabs.chromium` inside tests and hooks.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Reports } from '../../../src/teams/service/reports';
import { buildTabs } from './build-tabs';
import { launchChromium, type Chromium } from './chromium';
import { startVentanilla, type RunningServer } from './server';

export interface TabsEnv {
  server: RunningServer;
  chromium: Chromium;
}

export function useTabsEnv(now: string, options: { reports?: Reports } = {}): TabsEnv {
  let env: TabsEnv | null = null;
  beforeAll(async () => {
    const server = await startVentanilla({ staticRoot: await buildTabs(), now, ...options });
    env = { server, chromium: await launchChromium({ locale: 'es-CO', timezoneId: 'America/Bogota', clockAt: now }) };
  });
  afterAll(async () => {
    await env?.chromium.close();
    await env?.server.close();
  });
  const started = (): TabsEnv => {
    if (!env) throw new Error('tabs environment not started');
    return env;
  };
  return {
    get server() {
      return started().server;
    },
    get chromium() {
      return started().chromium;
    },
  };
}
