/**
 * The SLA panel (jira:issuePanel) in real Chromium: the production bundle, the real @forge/bridge,
 * and the real resolvers in-process behind the fake bridge host. Time is Playwright's fake clock
 * in the page and the fake Forge clock in Node, both at Monday 2 March 2026 09:00 Bogotá.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildForgeApps } from '../../static/forge/build';
import { formatBusinessTime } from '../../static/forge/shared/format';
import { resolverContract, resultSchema } from '../../src/jira/resolvers/contract';
import { launchChromium } from '../fakes/forge-bridge-host/chromium';
import { panelContext } from '../fakes/forge-bridge-host/contexts';
import { openForgeApp, type OpenedApp } from '../fakes/forge-bridge-host/host';
import { startResolverHost, type ResolverHost } from '../fakes/forge-bridge-host/resolver-host';
import { bodyBackground, maybeScreenshot } from '../fakes/forge-bridge-host/screenshots';
import type { ColorMode } from '../fakes/forge-bridge-host/theme';

const START = '2026-03-02T14:00:00Z'; // Monday 09:00 in Bogotá: business hours
const AGENT = 'admin-1';

let browser: Browser;
let host: ResolverHost;
let buildDir: string;
let issue: { id: string; key: string };

async function panelFromResolver() {
  const raw = await host.invoke('getPanel', { issueId: issue.id }, panelContext(issue, { accountId: AGENT }));
  const parsed = resultSchema('getPanel').parse(raw);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return resolverContract.getPanel.output.parse(parsed.data);
}

async function open(colorMode: ColorMode, locale = 'es-ES'): Promise<OpenedApp> {
  const app = await openForgeApp(browser, {
    buildDir,
    context: panelContext(issue, { accountId: AGENT, colorMode, locale }),
    colorMode,
    invoke: host.invoke,
    clockAt: new Date(host.harness.time.now()),
  });
  await app.page.getByTestId('sla-panel').waitFor();
  return app;
}

beforeAll(async () => {
  buildDir = (await buildForgeApps(['panel'])).panel;
  browser = await launchChromium();
  host = startResolverHost(START, AGENT);
  issue = await host.fileIssue({ summary: 'Cobro doble en la factura de marzo', labels: ['pqrs-reclamo', 'impacto-alta', 'urgencia-alta'] });
});

afterAll(async () => {
  await browser?.close();
  host?.close();
});

describe('SLA panel', () => {
  it('shows the ticket and ticks the remaining business time live', async () => {
    const panel = await panelFromResolver();
    const ticket = panel.ticket;
    expect(ticket).not.toBeNull();
    const resolution = ticket?.sla.find((c) => c.metric === 'resolution');
    expect(resolution?.state).toBe('running');
    const app = await open('light');
    const { page } = app;

    await expect.poll(() => page.getByTestId('radicado').innerText()).toContain(ticket?.number ?? '?');
    expect(await page.getByTestId('type').innerText()).toBe('Reclamo');
    expect(await page.getByTestId('tier').innerText()).toBe(ticket?.tier);
    expect(await page.getByTestId('legal-due').innerText()).toMatch(/2026 \(15 días hábiles\)/);

    const remaining = page.getByTestId('clock-resolution-remaining');
    const at = (ms: number) => `Quedan ${formatBusinessTime(ms, 'es')} hábiles`;
    expect(await remaining.innerText()).toBe(at(resolution?.remainingMs ?? 0));
    await page.clock.runFor(5_000);
    await expect.poll(() => remaining.innerText()).toBe(at((resolution?.remainingMs ?? 0) - 5_000));

    expect(app.blocked).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.calls.map((c) => c.method)).toEqual(['enableTheming', 'getContext', 'invoke']);
    await maybeScreenshot(page, 'forge-panel-light');
    await app.close();
  });

  it('pauses with a reason through the real resolver, then resumes', async () => {
    const app = await open('light');
    const { page } = app;
    await page.getByTestId('action-pause').click();
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => page.getByText('Escriba el motivo.').count()).toBe(1); // client-side: reason required

    await page.getByLabel('Motivo (obligatorio)').fill('Falta la copia de la factura');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-done').waitFor();
    expect(await page.getByTestId('paused').innerText()).toContain('Falta la copia de la factura');
    expect(await page.getByTestId('clock-resolution-state').innerText()).toMatch(/en pausa/i);
    expect((await panelFromResolver()).paused?.reason).toBe('Falta la copia de la factura');

    await page.getByTestId('action-resume').click();
    await page.getByLabel('Motivo (obligatorio)').fill('El solicitante envió la copia');
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => page.getByTestId('paused').count()).toBe(0);
    expect((await panelFromResolver()).paused).toBeNull();
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('shows the resolver\'s refusal inline: an extension longer than the original term', async () => {
    const before = await panelFromResolver();
    const max = before.legalExtension?.maxDays ?? 15;
    const app = await open('light');
    const { page } = app;
    await page.getByTestId('action-extend').click();
    await page.getByLabel(/Días hábiles de prórroga/).fill(String(max + 1));
    await page.getByLabel('Motivo (obligatorio)').fill('Se requiere concepto jurídico');
    await page.getByTestId('action-confirm').click();
    const error = page.getByTestId('action-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect((await error.innerText()).length).toBeGreaterThan(10);
    expect((await panelFromResolver()).legalExtension?.used).toBe(false); // nothing written
    await app.close();
  });

  it('re-reads the ticket every minute: an agent\'s Jira comment meets the first response', async () => {
    const app = await open('light');
    const { page } = app;
    expect(await page.getByTestId('clock-firstResponse').getAttribute('data-state')).toBe('running');
    host.harness.time.advance(10 * 60_000);
    await host.comment(issue, AGENT, 'Recibimos su reclamo y lo estamos revisando.');
    await page.clock.runFor(60_000);
    await expect.poll(() => page.getByTestId('clock-firstResponse').getAttribute('data-state')).toBe('met');
    expect(await page.getByTestId('clock-firstResponse-remaining').innerText()).toMatch(/^Cumplido con 10 min hábiles usados$/);
    await app.close();
  });

  it.each(['light', 'dark'] as const)('follows Jira\'s %s theme through view.theme.enable()', async (mode) => {
    const app = await open(mode, mode === 'dark' ? 'en-US' : 'es-ES');
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe(mode);
    expect(await bodyBackground(page)).toBe(mode === 'dark' ? 'rgb(31, 31, 33)' : 'rgb(255, 255, 255)');
    if (mode === 'dark') expect(await page.getByTestId('clock-resolution-remaining').innerText()).toMatch(/of business time left/);
    await maybeScreenshot(page, `forge-panel-${mode}`);
    await app.close();
  });

  it('reclassifies the PQRS type with a reason: the panel shows the new type and legal term (ADR 0086)', async () => {
    const app = await open('light');
    const { page } = app;
    await page.getByTestId('action-reclassify').click();
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => page.getByText('Elija un tipo distinto del actual.').count()).toBe(1);
    await page.getByLabel('Nuevo tipo de PQRS').selectOption('consulta');
    await page.getByLabel('Motivo (obligatorio)').fill('El ciudadano pide un concepto, no un reclamo');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-done').waitFor();
    await expect.poll(() => page.getByTestId('type').innerText()).toBe('Consulta');
    expect(await page.getByTestId('legal-due').innerText()).toMatch(/\(30 días hábiles\)/);
    const panel = await panelFromResolver();
    expect(panel.ticket).toMatchObject({ type: 'consulta', legal: { termDays: 30, dueDate: '2026-04-16' } });
    expect(host.harness.jira.state.find(issue.id)?.labels).toContain('pqrs-consulta');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
