/**
 * The admin side of the tabs in real Chromium against the real server: accessible validation
 * messages on the request form, the dashboard (every metric, the CSV download) with a Reports
 * double, and settings (what-if preview of the draft, 422 issues per path, admins only).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { t } from '../../src/core/index';
import { buildTabs } from './lib/build-tabs';
import { launchChromium, type Chromium } from './lib/chromium';
import { FAKE_CSV, FAKE_METRICS, fakeReports } from './lib/fake-reports';
import { startVentanilla, type RunningServer } from './lib/server';

/** Monday 2 March 2026, 09:00 in Bogotá. */
const NOW = '2026-03-02T14:00:00Z';
let server: RunningServer;
let chromium: Chromium;

beforeAll(async () => {
  server = await startVentanilla({ staticRoot: await buildTabs(), now: NOW, reports: fakeReports });
  chromium = await launchChromium({ locale: 'es-CO', timezoneId: 'America/Bogota', clockAt: NOW });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(): Promise<{ page: Page; errors: Error[] }> {
  const page = await chromium.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, errors };
}

describe('forms, dashboard and settings in plain browser mode', () => {
  const open = async (page: Page, tab: string, user: string) => {
    await page.goto(`${server.baseUrl}/tabs/${tab}?as=${encodeURIComponent(user)}`);
    await page.locator(`[data-mode="browser"][data-user="${user}"]`).waitFor();
  };

  it('the request form marks empty required fields, with messages tied to the inputs', async () => {
    const { page, errors } = await newPage();
    await open(page, 'file', server.users.requester);
    await page.getByRole('button', { name: t('es', 'tabs.file.submit'), exact: true }).click();
    const subject = page.getByLabel(t('es', 'tabs.field.subject'));
    await expect.poll(() => subject.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await subject.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe(t('es', 'tabs.validation.required'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the dashboard shows every metric and downloads the semiannual CSV', async () => {
    const { page, errors } = await newPage();
    await open(page, 'dashboard', server.users.admin);
    const cards = page.getByTestId('metric');
    await cards.first().waitFor();
    const keys = Object.keys(FAKE_METRICS).filter((k) => k !== 'window');
    expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-metric')))).toEqual(keys);
    const compliance = page.locator('[data-metric="compliance"]');
    expect(await compliance.textContent()).toContain('90 % (9/10)');
    const firstResponse = page.locator('[data-metric="firstResponse"]');
    expect(await firstResponse.textContent()).toContain('1 h 30 min');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('es', 'tabs.dashboard.csv') }).click();
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toBe(FAKE_CSV);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings: what-if preview of the draft, and the server\'s validation issues per path', async () => {
    const { page, errors } = await newPage();
    await open(page, 'settings', server.users.admin);
    const editor = page.getByLabel(t('es', 'tabs.settings.document'));
    await expect.poll(async () => (await editor.inputValue()).includes('slaPolicies')).toBe(true);
    await page.getByRole('button', { name: t('es', 'tabs.settings.preview'), exact: true }).click();
    const preview = page.getByTestId('what-if');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(t('es', 'tabs.legal.due', { date: 'martes, 24 de marzo de 2026' }));

    const draft: unknown = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...z.record(z.string(), z.unknown()).parse(draft), routing: { strategy: 'dice' } }));
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/settings' && r.request().method() === 'PUT');
    await page.getByRole('button', { name: t('es', 'tabs.settings.save'), exact: true }).click();
    expect((await saved).status()).toBe(422);
    await page.locator('code', { hasText: 'routing.strategy' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the queue assigns a ticket to an agent picked from the settings', async () => {
    const { page, errors } = await newPage();
    await open(page, 'queue', server.users.admin);
    const card = page.getByTestId('ticket').first();
    await card.waitFor();
    const number = (await card.getAttribute('data-number')) ?? '';
    await card.getByRole('button', { name: t('es', 'tabs.queue.assign'), exact: true }).click();
    await card.getByLabel(t('es', 'tabs.queue.assign')).selectOption({ label: 'Agente N2 (DEMO)' });
    const assigned = page.waitForResponse((r) => /\/assign$/.test(new URL(r.url()).pathname));
    await card.getByRole('button', { name: t('es', 'tabs.queue.assignTo'), exact: true }).click();
    expect((await assigned).status()).toBe(200);
    const stored = await server.api(`/api/tickets/${number}`, server.users.admin);
    expect(stored).toMatchObject({ number, assigneeId: 'demo-agente-n2' });
    await page.locator(`[data-number="${number}"]`, { hasText: 'demo-agente-n2' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings are for admins only', async () => {
    const { page } = await newPage();
    await open(page, 'settings', server.users.requester);
    await page.getByText(t('es', 'tabs.settings.adminOnly')).waitFor();
    await page.close();
  });
});
