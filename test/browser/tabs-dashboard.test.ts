/**
 * The dashboard in real Chromium against the real server's metrics (the core's `coreReports` over
 * SQLite, no Reports stand-in): tickets filed through the API show up in the metrics the tab
 * renders, and the CSV download is the server's semiannual report.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { t } from '../../src/core/index';
import { useTabsEnv } from './lib/tabs-env';

/** Monday 2 March 2026, 09:00 in Bogotá. */
const NOW = '2026-03-02T14:00:00Z';
const tabs = useTabsEnv(NOW);
/** The window the test picks: the dashboard's default start, through today (`to` is exclusive). */
const WINDOW = 'from=2025-09-01&to=2026-03-03';
let filedBefore = 0;

const Metrics = z.looseObject({ volume: z.looseObject({ total: z.number() }) });

beforeAll(async () => {
  tabs.server.advance(60_000); // the seeded demo tickets now lie before the window end
  filedBefore = Metrics.parse(await tabs.server.api(`/api/metrics?${WINDOW}`, tabs.server.users.admin)).volume.total;
  for (const [i, channel] of ['web', 'teams', 'email'].entries()) {
    const response = await fetch(`${tabs.server.baseUrl}/api/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Ventanilla-User': tabs.server.users.requester, 'Idempotency-Key': `dash-${i}` },
      body: JSON.stringify({
        type: 'peticion', subject: `Solicitud ${i}`, description: 'Radicada para el tablero.', impact: 'media', urgency: 'alta',
        channel, requester: { name: 'Demo solicitante (DEMO)', email: tabs.server.users.requester },
      }),
    });
    expect(response.status).toBe(201);
  }
  // The metrics count what was received before now.
  tabs.server.advance(60 * 60_000);
});


describe('dashboard on the real metrics', () => {
  it('shows the server\'s metrics for the filed tickets and downloads its semiannual CSV', async () => {
    const metrics = await tabs.server.api(`/api/metrics?${WINDOW}`, tabs.server.users.admin);
    const parsed = Metrics.parse(metrics);
    expect(parsed.volume.total - filedBefore).toBe(3);
    const csvResponse = await fetch(`${tabs.server.baseUrl}/api/reports/semiannual.csv?${WINDOW}`, { headers: { 'X-Ventanilla-User': tabs.server.users.admin } });
    const csv = await csvResponse.text();

    const page = await tabs.chromium.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${tabs.server.baseUrl}/tabs/dashboard?as=${encodeURIComponent(tabs.server.users.admin)}`);
    await page.locator(`[data-mode="browser"][data-user="${tabs.server.users.admin}"]`).waitFor();
    const cards = page.getByTestId('metric');
    await cards.first().waitFor();
    await page.getByLabel(t('es', 'tabs.dashboard.to')).fill('2026-03-03');
    await page.getByRole('button', { name: t('es', 'tabs.dashboard.apply') }).click();
    const volume = page.locator('[data-metric="volume"]');
    await expect.poll(() => volume.textContent()).toContain(String(parsed.volume.total));
    const keys = Object.keys(parsed).filter((k) => k !== 'window' && k !== 'from' && k !== 'to');
    expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-metric')))).toEqual(keys);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('es', 'tabs.dashboard.csv') }).click();
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toBe(csv);
    expect(csv.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
