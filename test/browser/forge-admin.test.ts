/**
 * The settings page (jira:adminPage) in real Chromium against the real resolvers: validation errors
 * that name the field, a section that is not JSON, the Colombian holiday generator, the what-if
 * preview on the unsaved draft, a save that bumps the version, and light/dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildForgeApps } from '../../static/forge/build';
import { resolverContract, resultSchema } from '../../src/jira/resolvers/contract';
import { launchChromium } from '../fakes/forge-bridge-host/chromium';
import { adminContext } from '../fakes/forge-bridge-host/contexts';
import { openForgeApp, type OpenedApp } from '../fakes/forge-bridge-host/host';
import { startResolverHost, type ResolverHost } from '../fakes/forge-bridge-host/resolver-host';
import { bodyBackground, maybeScreenshot } from '../fakes/forge-bridge-host/screenshots';
import type { ColorMode } from '../fakes/forge-bridge-host/theme';

const ADMIN = 'admin-1';
let browser: Browser;
let host: ResolverHost;
let buildDir: string;

async function settingsFromResolver() {
  const parsed = resultSchema('getSettings').parse(await host.invoke('getSettings', {}, adminContext({ accountId: ADMIN })));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return resolverContract.getSettings.output.parse(parsed.data);
}

async function open(colorMode: ColorMode = 'light', locale = 'es-ES'): Promise<OpenedApp> {
  const app = await openForgeApp(browser, {
    buildDir, colorMode, invoke: host.invoke,
    context: adminContext({ accountId: ADMIN, colorMode, locale }),
    clockAt: new Date(host.harness.time.now()),
  });
  await app.page.getByTestId('settings-save').waitFor();
  return app;
}

/** Replaces `from` by `to` in the JSON text of section `key`. */
async function editSection(app: OpenedApp, key: string, from: string, to: string): Promise<void> {
  const section = app.page.locator(`#section-${key}`);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  const area = app.page.locator(`#section-${key}-text`);
  const text = await area.inputValue();
  expect(text).toContain(from);
  await area.fill(text.replace(from, to));
}

beforeAll(async () => {
  buildDir = (await buildForgeApps(['admin'])).admin;
  browser = await launchChromium();
  host = startResolverHost('2026-03-02T14:00:00Z', ADMIN);
});

afterAll(async () => {
  await browser?.close();
  host?.close();
});

describe('settings page', () => {
  it('names the invalid field when the resolver rejects the settings, and saves nothing', async () => {
    const app = await open();
    await editSection(app, 'calendars', '"America/Bogota"', '"Marte/Olympus"');
    await app.page.getByTestId('settings-save').click();
    const issues = app.page.getByTestId('settings-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toMatch(/calendars[.[]0\]?\.?spec\.timeZone/);
    expect(await app.page.locator('#section-calendars-text').getAttribute('aria-invalid')).toBe('true');
    expect((await settingsFromResolver()).meta.version).toBe(1);
    expect(app.blocked).toEqual([]);
    await app.close();
  });

  it('reports a section that is not JSON by its name before calling the resolver', async () => {
    const app = await open();
    await editSection(app, 'routing', '"strategy"', 'strategy');
    const before = app.calls.length;
    await app.page.getByTestId('settings-save').click();
    expect(await app.page.getByTestId('settings-issues').innerText()).toMatch(/routing: el texto no es JSON válido/);
    expect(app.calls.length).toBe(before);
    await app.close();
  });

  it('previews the draft (what-if) and then saves it as a new version', async () => {
    const app = await open();
    await editSection(app, 'routing', '"leastLoaded"', '"roundRobin"');
    await app.page.locator('#whatif-type').selectOption('queja');
    await app.page.locator('#whatif-impact').selectOption('alta');
    await app.page.locator('#whatif-urgency').selectOption('alta');
    await app.page.getByTestId('whatif-run').click();
    const result = app.page.getByTestId('whatif-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/P1/);
    expect(text).toMatch(/Primera respuesta vence/);
    expect(text).toMatch(/Vencimiento legal/);
    await app.page.locator('#section-slaPolicies summary').click();
    expect(await app.page.getByTestId('policy-matrix').innerText()).toMatch(/Consulta/);
    await maybeScreenshot(app.page, 'forge-admin-light');

    await app.page.locator('#section-calendars summary').click();
    await app.page.locator('#holidays-year').fill('2031');
    await app.page.getByTestId('holidays-run').click();
    expect(await app.page.locator('#section-calendars-text').inputValue()).toContain('2031-12-08');

    await app.page.getByTestId('settings-save').click();
    await app.page.getByTestId('settings-saved').waitFor();
    const saved = await settingsFromResolver();
    expect(saved.meta.version).toBe(2);
    expect(saved.meta.updatedBy).toBe(ADMIN);
    expect(saved.settings).toMatchObject({ routing: { strategy: 'roundRobin' } });
    expect(await app.page.getByTestId('settings-version').innerText()).toMatch(/Versión 2 · guardada por admin-1/);
    await app.close();
  });

  it('follows the dark theme', async () => {
    const app = await open('dark', 'en-US');
    expect(await bodyBackground(app.page)).toBe('rgb(31, 31, 33)');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Ventanilla settings');
    await maybeScreenshot(app.page, 'forge-admin-dark');
    await app.close();
  });
});
