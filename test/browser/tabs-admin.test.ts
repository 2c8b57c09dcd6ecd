/**
 * The admin side of the tabs in real Chromium against the real server: accessible validation
 * messages on the request form, the dashboard (every metric, the CSV download) with a Reports
 * double, and settings (what-if preview of the draft, 422 issues per path, admins only; the forms:
 * goals table, weekly hours, the Colombian holiday generator).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { colombianHolidays, t } from '../../src/core/index';
import { FAKE_CSV, FAKE_METRICS, fakeReports } from './lib/fake-reports';
import { useTabsEnv } from './lib/tabs-env';

/** Monday 2 March 2026, 09:00 in Bogotá. */
const NOW = '2026-03-02T14:00:00Z';
const tabs = useTabsEnv(NOW, { reports: fakeReports });



async function newPage(): Promise<{ page: Page; errors: Error[] }> {
  const page = await tabs.chromium.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, errors };
}

describe('forms, dashboard and settings in plain browser mode', () => {
  const open = async (page: Page, tab: string, user: string) => {
    await page.goto(`${tabs.server.baseUrl}/tabs/${tab}?as=${encodeURIComponent(user)}`);
    await page.locator(`[data-mode="browser"][data-user="${user}"]`).waitFor();
  };

  it('the request form marks empty required fields, with messages tied to the inputs', async () => {
    const { page, errors } = await newPage();
    await open(page, 'file', tabs.server.users.requester);
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
    await open(page, 'dashboard', tabs.server.users.admin);
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
    await open(page, 'settings', tabs.server.users.admin);
    await page.getByTestId('settings-version').waitFor();
    await page.getByLabel(t('es', 'tabs.settings.advanced')).check();
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

  const SettingsAnswer = z.object({ version: z.number(), settings: z.object({ slaPolicies: z.array(z.object({ id: z.string(), goals: z.object({
    firstResponse: z.record(z.string(), z.number()) }) })) }) });
  const IssuesAnswer = z.object({ error: z.object({ code: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }) });
  const goalField = (page: Page, policy: string, priority: string) =>
    page.locator(`[data-policy="${policy}"]`).getByLabel(t('es', 'tabs.settings.goalLabel', { metric: t('es', 'tabs.sla.firstResponse'), priority }));
  const waitForPut = (page: Page) => page.waitForResponse((r) => new URL(r.url()).pathname === '/api/settings' && r.request().method() === 'PUT');
  const saveButton = (page: Page) => page.getByRole('button', { name: t('es', 'tabs.settings.save'), exact: true });

  it('settings form: a goal edited in the table is saved as a new version, shown with who saved it', async () => {
    const { page, errors } = await newPage();
    await open(page, 'settings', tabs.server.users.admin);
    const version = page.getByTestId('settings-version');
    await version.waitFor();
    const before = Number(await version.getAttribute('data-version'));
    await goalField(page, 'default', 'P2').fill('95');
    const saved = waitForPut(page);
    await saveButton(page).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => version.getAttribute('data-version')).toBe(String(before + 1));
    const me = z.object({ id: z.string() }).parse(await tabs.server.api('/api/me', tabs.server.users.admin));
    expect(await version.textContent()).toContain(me.id);
    const stored = SettingsAnswer.parse(await tabs.server.api('/api/settings', tabs.server.users.admin));
    expect(stored.version).toBe(before + 1);
    expect(stored.settings.slaPolicies.find((p) => p.id === 'default')?.goals.firstResponse.P2).toBe(95);
    expect(await goalField(page, 'default', 'P2').inputValue()).toBe('95');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings form: an hour of 25:00 is refused, with the server\'s message next to that field and a link to it', async () => {
    const { page, errors } = await newPage();
    await open(page, 'settings', tabs.server.users.admin);
    await page.getByTestId('settings-version').waitFor();
    const end = page.getByLabel(t('es', 'tabs.settings.rangeEnd', { day: t('es', 'tabs.settings.day.mon'), n: 1 }));
    await end.fill('25:00');
    const saved = waitForPut(page);
    await saveButton(page).click();
    const response = await saved;
    expect(response.status()).toBe(422);
    const issue = IssuesAnswer.parse(await response.json()).error.issues.find((i) => i.path === 'calendars[0].spec.week.mon[0].end');
    expect(issue).toBeDefined();
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe(issue?.message);
    await page.locator('[data-testid="settings-issues"] button', { hasText: 'calendars[0].spec.week.mon[0].end' }).click();
    await expect.poll(() => end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings form: the Colombian holiday generator adds a year\'s holidays to the list', async () => {
    const { page, errors } = await newPage();
    await open(page, 'settings', tabs.server.users.admin);
    const count = page.getByTestId('holiday-count');
    await count.waitFor();
    const before = Number(await count.getAttribute('data-count'));
    await page.getByLabel(t('es', 'tabs.settings.holidayYear'), { exact: true }).fill('2031');
    await page.getByRole('button', { name: t('es', 'tabs.settings.generateHolidays', { year: 2031 }) }).click();
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(before + colombianHolidays(2031).length));
    await page.locator('[data-holiday="2031-01-01"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings form: the what-if preview reflects a goal edited in the draft', async () => {
    const { page, errors } = await newPage();
    await open(page, 'settings', tabs.server.users.admin);
    await page.getByTestId('settings-version').waitFor();
    const preview = page.getByRole('button', { name: t('es', 'tabs.settings.preview'), exact: true });
    const firstResponse = page.getByTestId('what-if-first-response');
    await preview.click();
    await firstResponse.waitFor();
    expect(await page.getByTestId('what-if-summary').textContent()).toContain('P3');
    const before = (await firstResponse.textContent()) ?? '';
    expect(before).toMatch(/3:00/); // 240 business minutes from Monday 09:00 (lunch 12–14) → 15:00, shown as 3:00 p. m.
    await goalField(page, 'default', 'P3').fill('15');
    await preview.click();
    await expect.poll(() => firstResponse.textContent()).toMatch(/9:15/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the queue assigns a ticket to an agent picked from the settings', async () => {
    const { page, errors } = await newPage();
    await open(page, 'queue', tabs.server.users.admin);
    const card = page.getByTestId('ticket').first();
    await card.waitFor();
    const number = (await card.getAttribute('data-number')) ?? '';
    await card.getByRole('button', { name: t('es', 'tabs.queue.assign'), exact: true }).click();
    await card.getByLabel(t('es', 'tabs.queue.assign')).selectOption({ label: 'Agente N2 (DEMO)' });
    const assigned = page.waitForResponse((r) => /\/assign$/.test(new URL(r.url()).pathname));
    await card.getByRole('button', { name: t('es', 'tabs.queue.assignTo'), exact: true }).click();
    expect((await assigned).status()).toBe(200);
    const stored = await tabs.server.api(`/api/tickets/${number}`, tabs.server.users.admin);
    expect(stored).toMatchObject({ number, assigneeId: 'demo-agente-n2' });
    await page.locator(`[data-number="${number}"]`, { hasText: 'demo-agente-n2' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('settings are for admins only', async () => {
    const { page } = await newPage();
    await open(page, 'settings', tabs.server.users.requester);
    await page.getByText(t('es', 'tabs.settings.adminOnly')).waitFor();
    await page.close();
  });
});
