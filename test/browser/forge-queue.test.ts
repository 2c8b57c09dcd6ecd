/**
 * The project page (jira:projectPage) in real Chromium against the real resolvers: the queue sorted
 * by time to breach, a filter, claim, metrics for a period, the CSV download, light/dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { buildForgeApps } from '../../static/forge/build';
import { resolverContract, resultSchema } from '../../src/jira/resolvers/contract';
import { launchChromium } from '../fakes/forge-bridge-host/chromium';
import { projectContext } from '../fakes/forge-bridge-host/contexts';
import { openForgeApp, type OpenedApp } from '../fakes/forge-bridge-host/host';
import { startResolverHost, type ResolverHost } from '../fakes/forge-bridge-host/resolver-host';
import { bodyBackground, maybeScreenshot } from '../fakes/forge-bridge-host/screenshots';
import type { ColorMode } from '../fakes/forge-bridge-host/theme';

const AGENT = 'admin-1';
let browser: Browser;
let host: ResolverHost;
let buildDir: string;

async function queueFromResolver(filters: Record<string, unknown> = {}) {
  const parsed = resultSchema('getQueue').parse(await host.invoke('getQueue', filters, projectContext({ accountId: AGENT })));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return resolverContract.getQueue.output.parse(parsed.data).items;
}

async function open(colorMode: ColorMode = 'light', locale = 'es-ES'): Promise<OpenedApp> {
  const app = await openForgeApp(browser, {
    buildDir, colorMode, invoke: host.invoke,
    context: projectContext({ accountId: AGENT, colorMode, locale }),
    clockAt: new Date(host.harness.time.now()),
  });
  await app.page.getByTestId('queue-count').waitFor();
  return app;
}

const rowNumbers = (app: OpenedApp) => app.page.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')));

beforeAll(async () => {
  buildDir = (await buildForgeApps(['queue'])).queue;
  browser = await launchChromium();
  host = startResolverHost('2026-03-02T14:00:00Z', AGENT);
  await host.fileIssue({ summary: 'Sugerencia sobre horarios', labels: ['pqrs-sugerencia', 'impacto-baja', 'urgencia-baja'] });
  host.harness.time.advance(60 * 60_000);
  await host.fileIssue({ summary: 'Queja por mala atención', labels: ['pqrs-queja', 'impacto-alta', 'urgencia-alta'] });
  host.harness.time.advance(30 * 60_000);
  await host.fileIssue({ summary: 'Petición de certificado', labels: ['pqrs-peticion', 'impacto-media', 'urgencia-media'] });
});

afterAll(async () => {
  await browser?.close();
  host?.close();
});

describe('queue and metrics', () => {
  it('lists open tickets sorted by time to breach', async () => {
    const items = await queueFromResolver();
    expect(items).toHaveLength(3);
    const expected = [...items].sort((a, b) => (a.timeToBreachMs ?? Infinity) - (b.timeToBreachMs ?? Infinity)).map((i) => i.ticket.number);
    const app = await open();
    expect(await rowNumbers(app)).toEqual(expected);
    const ttb = await app.page.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-ttb'))));
    expect(ttb).toEqual([...ttb].sort((a, b) => a - b));
    await maybeScreenshot(app.page, 'forge-queue-light');
    expect(app.blocked).toEqual([]);
    await app.close();
  });

  it('filters by type and claims a ticket for the viewer', async () => {
    const app = await open();
    await app.page.locator('#filter-type').selectOption('queja');
    await expect.poll(() => app.page.getByTestId('queue-row').count()).toBe(1);
    const [queja] = await queueFromResolver({ type: 'queja' });
    expect(await rowNumbers(app)).toEqual([queja?.ticket.number]);

    await app.page.getByTestId('queue-claim').click();
    await app.page.getByTestId('queue-note').waitFor();
    expect(await app.page.getByTestId('queue-assignee').innerText()).toBe('Usted');
    expect((await queueFromResolver({ assigneeId: AGENT })).map((i) => i.ticket.number)).toEqual([queja?.ticket.number]);

    await app.page.locator('#filter-type').selectOption('');
    await app.page.locator('#filter-assignee').selectOption('unassigned');
    await expect.poll(() => app.page.getByTestId('queue-row').count()).toBe(2);
    await app.close();
  });

  it('computes the metrics for a period and downloads the semiannual CSV', async () => {
    const range = { from: '2026-01-01', to: '2026-06-30' };
    const metrics = resultSchema('getMetrics').parse(await host.invoke('getMetrics', range, projectContext({ accountId: AGENT })));
    const app = await open();
    await app.page.getByRole('tab', { name: 'Métricas' }).click();
    await app.page.locator('#metrics-from').fill(range.from);
    await app.page.locator('#metrics-to').fill(range.to);
    await app.page.getByTestId('metrics-run').click();
    const table = app.page.getByTestId('metrics-table');
    expect(metrics.ok).toBe(true);
    await table.waitFor();
    expect(await table.locator('tr').count()).toBeGreaterThan(3);

    const download = app.page.waitForEvent('download');
    await app.page.getByTestId('metrics-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv.split('\n').length).toBeGreaterThan(2);
    await app.page.getByTestId('metrics-note').waitFor();
    await app.close();
  });

  it('follows the dark theme', async () => {
    const app = await open('dark', 'en-US');
    expect(await bodyBackground(app.page)).toBe('rgb(31, 31, 33)');
    expect(await app.page.getByRole('tab', { name: 'Queue' }).getAttribute('aria-selected')).toBe('true');
    await maybeScreenshot(app.page, 'forge-queue-dark');
    await app.close();
  });
});
