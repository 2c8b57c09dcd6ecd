/**
 * Debian's Chromium driven by playwright-core: headless, no network chatter, a fresh profile per
 * launch (removed on close).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * @example
 * const browser = await launchChromium({ locale: 'es-CO', timezoneId: 'America/Bogota', clockAt: '2026-03-02T14:00:00Z' });
 * const page = await browser.context.newPage();
 */
export async function launchChromium(options: { locale?: string; timezoneId?: string; clockAt?: string } = {}): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), 'ventanilla-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'es-CO',
    timezoneId: options.timezoneId ?? 'America/Bogota',
  });
  // The pages' clock starts at the server's fixed time and then runs normally.
  if (options.clockAt !== undefined) await context.clock.install({ time: new Date(options.clockAt) });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
