/**
 * The settings page (jira:adminPage) in real Chromium against the real resolvers: every section is
 * a form (no JSON text left); an admin edits a policy goal, a calendar's hours, a holiday range from
 * the Colombian generator, a tier member, an escalation rule and a Jira status mapping, saves,
 * reloads and sees them; invalid values show their message next to the field in Spanish and
 * English; the what-if preview follows the draft; a concurrent save is a conflict; light/dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { colombianHolidays, t } from '../../src/core/index';
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
  await app.page.getByTestId('section-projects').waitFor();
  return app;
}

const label = (page: Page, text: string, scope?: string) => (scope ? page.locator(scope) : page).getByLabel(text, { exact: true });
const goal = (page: Page, lang: 'es' | 'en', policy: string, metric: 'firstResponse' | 'resolution', priority: string) =>
  label(page, t(lang, 'tabs.settings.goalLabel', { metric: t(lang, `tabs.sla.${metric}`), priority }), `[data-policy="${policy}"]`);
const monday = (lang: 'es' | 'en', edge: 'rangeStart' | 'rangeEnd', n: number) => t(lang, `tabs.settings.${edge}`, { day: t(lang, 'tabs.settings.day.mon'), n });

/** The text of the message(s) the control points to with aria-describedby, and its aria-invalid. */
async function describedError(page: Page, control: Locator): Promise<{ invalid: string | null; text: string }> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  const text = ids.length > 0 ? ((await page.locator(`[id="${ids[0]}"]`).textContent()) ?? '') : '';
  return { invalid: await control.getAttribute('aria-invalid'), text };
}

/** Opens the settings section `key` (the page shows one section at a time, as tabs). */
const tab = (page: Page, key: string) => page.getByTestId(`tab-${key}`).click();
const saveCalls = (app: OpenedApp) => app.calls.filter((c) => c.functionKey === 'saveSettings').length;

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
  it.each([
    ['es-ES', 'es', 'El fin 07:00 debe ser posterior al inicio 08:00'],
    ['en-US', 'en', 'end 07:00 must be after start 08:00'],
  ] as const)('%s: negative minutes and an end hour before the start show their message next to the field', async (locale, lang, serverMessage) => {
    const app = await open('light', locale);
    const page = app.page;
    expect(await page.locator('textarea').count()).toBe(0);

    await tab(page, 'slaPolicies');
    const p1 = goal(page, lang, 'default', 'resolution', 'P1');
    await p1.fill('-30');
    expect(await describedError(page, p1)).toEqual({ invalid: 'true', text: t(lang, 'tabs.settings.wholeNumber', { min: 0 }) });
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-issues').waitFor();
    expect(saveCalls(app)).toBe(0); // the browser already knows: nothing is sent
    await p1.fill('960');
    expect((await describedError(page, p1)).invalid).toBe('false');

    await tab(page, 'calendars');
    const end = label(page, monday(lang, 'rangeEnd', 1));
    await end.fill('07:00');
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await describedError(page, end)).text).toBe(serverMessage);
    expect((await describedError(page, end)).invalid).toBe('true');
    expect(await page.getByTestId('tab-calendars').innerText()).toContain(t(lang, 'settingsForms.issueCount', { n: 1 }));
    expect(await page.getByTestId('settings-issues').innerText()).toContain(serverMessage);
    await tab(page, 'general');
    await page.getByTestId('settings-issues').getByRole('button').first().click();
    await page.getByTestId('section-calendars').waitFor();
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(saveCalls(app)).toBe(1);
    expect((await settingsFromResolver()).meta.version).toBe(1);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('the what-if preview follows the unsaved draft', async () => {
    const app = await open();
    const page = app.page;
    await page.locator('#whatif-type').selectOption('queja');
    await page.locator('#whatif-impact').selectOption('alta');
    await page.locator('#whatif-urgency').selectOption('alta');
    const result = page.getByTestId('whatif-result');
    await page.getByTestId('whatif-run').click();
    await result.waitFor();
    const before = await result.innerText();
    expect(before).toMatch(/P1/);
    expect(before).toMatch(/Vencimiento legal/);
    await tab(page, 'slaPolicies');
    await goal(page, 'es', 'default', 'firstResponse', 'P1').fill('600');
    await page.getByTestId('whatif-run').click();
    await expect.poll(() => result.innerText()).not.toBe(before);
    expect(await result.innerText()).toMatch(/Primera respuesta vence/);
    await app.close();
  });

  it('an admin edits every kind of section through the forms, saves, reloads and sees the values', async () => {
    const app = await open();
    const page = app.page;
    const version = (await settingsFromResolver()).meta.version;
    expect(await page.locator('textarea').count()).toBe(0);

    await tab(page, 'slaPolicies');
    await goal(page, 'es', 'default', 'resolution', 'P2').fill('1200');
    await tab(page, 'calendars');
    await label(page, monday('es', 'rangeEnd', 2)).fill('18:00');

    const count = page.getByTestId('holiday-count-0');
    const before = Number(await count.getAttribute('data-count'));
    await label(page, t('es', 'settingsForms.yearFrom')).fill('2031');
    await label(page, t('es', 'settingsForms.yearTo')).fill('2032');
    await page.getByTestId('holidays-run-0').click();
    const added = [...colombianHolidays(2031), ...colombianHolidays(2032)];
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(before + added.length));

    await tab(page, 'tiers');
    await page.getByRole('button', { name: t('es', 'settingsForms.addUser', { tier: 'N2' }) }).click();
    await label(page, t('es', 'settingsForms.memberId', { tier: 'N2', n: 1 })).fill('557058:agent-n2');
    await page.getByRole('button', { name: t('es', 'settingsForms.addGroup', { tier: 'N2' }) }).click();
    await label(page, t('es', 'settingsForms.memberId', { tier: 'N2', n: 2 })).fill('pqrs-n2');

    const rules = (await settingsFromResolver()).settings;
    const n = (Array.isArray(rules.escalationRules) ? rules.escalationRules.length : 0) + 1;
    await tab(page, 'escalationRules');
    await page.getByRole('button', { name: t('es', 'tabs.settings.addRule'), exact: true }).click();
    await label(page, t('es', 'tabs.settings.rulePercent', { n })).fill('80');
    await label(page, t('es', 'tabs.settings.ruleAction', { n })).selectOption('escalate');
    await label(page, t('es', 'tabs.settings.ruleTier', { n })).selectOption('N3');

    await tab(page, 'mapping');
    await label(page, t('es', 'settingsForms.statusOf', { name: 'Done' })).selectOption('closed');
    await page.getByRole('button', { name: t('es', 'settingsForms.addJiraStatus') }).click();
    const rows = page.locator('[data-jira-status]');
    const last = await rows.count();
    await label(page, t('es', 'settingsForms.jiraStatusN', { n: last })).fill('En revisión');
    await label(page, t('es', 'settingsForms.statusOf', { name: 'En revisión' })).selectOption('waitingThirdParty');
    const typeField = t('es', 'settingsForms.selectField.typeField');
    await page.getByRole('button', { name: t('es', 'settingsForms.useSelectField', { field: typeField }) }).click();
    await label(page, t('es', 'settingsForms.selectFieldId', { field: typeField })).fill('customfield_10050');
    await page.getByRole('button', { name: t('es', 'settingsForms.addSelectOption', { field: typeField }) }).click();
    await label(page, t('es', 'settingsForms.selectOptionN', { field: typeField, n: 1 })).fill('Queja formal');
    await label(page, t('es', 'settingsForms.selectValueOf', { field: typeField, name: 'Queja formal' })).selectOption('queja');
    await tab(page, 'slaPolicies');
    await page.evaluate(() => window.scrollTo(0, 0));
    await maybeScreenshot(page, 'forge-admin-light');

    await page.getByTestId('settings-save').click();
    const saved = page.getByTestId('settings-saved');
    await saved.waitFor();
    expect(await saved.innerText()).toContain(t('es', 'jiraJobs.recomputeQueued', { version: version + 1 }));
    const stored = await settingsFromResolver();
    expect(stored.meta).toMatchObject({ version: version + 1, updatedBy: ADMIN });
    expect(stored.settings).toMatchObject({
      slaPolicies: expect.arrayContaining([expect.objectContaining({ id: 'default', goals: expect.objectContaining({ resolution: expect.objectContaining({ P2: 1200 }) }) })]),
      calendars: [expect.objectContaining({ spec: expect.objectContaining({ week: expect.objectContaining({ mon: [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '18:00' }] }) }) })],
      tiers: expect.objectContaining({ N2: expect.objectContaining({ members: ['557058:agent-n2'], groups: ['pqrs-n2'] }) }),
      escalationRules: expect.arrayContaining([{ metric: 'resolution', atPercent: 80, action: 'escalate', toTier: 'N3' }]),
    });
    expect(stored.jira).toMatchObject({ statuses: expect.objectContaining({ Done: 'closed', 'En revisión': 'waitingThirdParty' }) });
    expect(stored.jira.typeField).toEqual({ fieldId: 'customfield_10050', values: { 'Queja formal': 'queja' } });
    await app.close();

    const again = await open();
    const p = again.page;
    expect(await p.getByTestId('settings-version').getAttribute('data-version')).toBe(String(version + 1));
    await tab(p, 'slaPolicies');
    expect(await goal(p, 'es', 'default', 'resolution', 'P2').inputValue()).toBe('1200');
    await tab(p, 'calendars');
    expect(await label(p, monday('es', 'rangeEnd', 2)).inputValue()).toBe('18:00');
    for (const day of added.slice(0, 3)) await p.locator(`[data-holiday="${day}"]`).waitFor();
    await tab(p, 'tiers');
    expect(await label(p, t('es', 'settingsForms.memberId', { tier: 'N2', n: 1 })).inputValue()).toBe('557058:agent-n2');
    expect(await label(p, t('es', 'settingsForms.memberKind', { tier: 'N2', n: 2 })).inputValue()).toBe('group');
    await tab(p, 'escalationRules');
    expect(await label(p, t('es', 'tabs.settings.ruleTier', { n })).inputValue()).toBe('N3');
    await tab(p, 'mapping');
    expect(await label(p, t('es', 'settingsForms.statusOf', { name: 'En revisión' })).inputValue()).toBe('waitingThirdParty');
    expect(again.blocked).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    await again.close();
  });

  it('a save on a version someone else replaced meanwhile is a conflict, and reloading shows theirs', async () => {
    const app = await open();
    const current = await settingsFromResolver();
    const theirs = await host.invoke('saveSettings', { settings: current.settings, jira: current.jira, expectedVersion: current.meta.version }, adminContext({ accountId: ADMIN }));
    expect(resultSchema('saveSettings').parse(theirs).ok).toBe(true);
    await app.page.getByTestId('settings-save').click();
    const error = app.page.getByTestId('settings-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(t('es', 'jira.error.settings_conflict'));
    await error.getByRole('button').click();
    await expect.poll(() => app.page.getByTestId('settings-version').getAttribute('data-version')).toBe(String(current.meta.version + 1));
    await app.close();
  });

  it('follows the dark theme, in English', async () => {
    const app = await open('dark', 'en-US');
    expect(await bodyBackground(app.page)).toBe('rgb(31, 31, 33)');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Ventanilla settings');
    // keyboard: the section tabs follow the arrow keys
    await app.page.getByTestId('tab-projects').focus();
    await app.page.keyboard.press('ArrowRight');
    expect(await app.page.getByTestId('tab-mapping').getAttribute('aria-selected')).toBe('true');
    await app.page.getByTestId('section-mapping').waitFor();
    expect(await app.page.getByRole('tab', { selected: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await maybeScreenshot(app.page, 'forge-admin-dark');
    await app.close();
  });
});
