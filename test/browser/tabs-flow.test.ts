/**
 * The Teams tabs in real Chromium against the real Ventanilla server (SQLite in a temp folder):
 * file a request, see it in My requests and in the Team queue, resolve it, rate it — once in
 * plain browser mode (Spanish, light theme, demo users) and once inside the fake Teams host page
 * (English, dark theme from `getContext`, identity from the Teams context).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TicketListSchema, withSlaContext } from '../../static/shared/api/schemas';
import { countdownText } from '../../static/shared/format/countdown';
import { liveCalendar } from '../../static/shared/format/live-clock';
import { startFakeTeamsHost, type FakeTeamsHost } from '../fakes/teams-host/host-server';
import { buildTabs } from './lib/build-tabs';
import { launchChromium, type Chromium } from './lib/chromium';
import { startVentanilla, type RunningServer } from './lib/server';
import { fileResolveRate, type OpenTab } from './lib/tab-flow';

/** Monday 2 March 2026, 09:00 in Bogotá: inside business hours. */
const NOW = '2026-03-02T14:00:00Z';
let server: RunningServer;
let chromium: Chromium;
let host: FakeTeamsHost;

beforeAll(async () => {
  const staticRoot = await buildTabs();
  server = await startVentanilla({ staticRoot, now: NOW });
  chromium = await launchChromium({ locale: 'es-CO', timezoneId: 'America/Bogota', clockAt: NOW });
  host = await startFakeTeamsHost();
});

afterAll(async () => {
  await chromium?.close();
  await host?.close();
  await server?.close();
});

/** A new page and the uncaught errors of its scripts (expected to stay empty). */
async function newPage(): Promise<{ page: Page; errors: Error[] }> {
  const page = await chromium.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, errors };
}

describe('tabs in plain browser mode', () => {
  it('file → my requests → queue → resolve → rate, in Spanish', async () => {
    const { page, errors } = await newPage();
    const open: OpenTab = async (tab, user) => {
      await page.goto(`${server.baseUrl}/tabs/${tab}?as=${encodeURIComponent(user)}`);
      await page.locator(`[data-mode="browser"][data-user="${user}"]`).waitFor();
      return page.locator('body');
    };
    const number = await fileResolveRate({
      page, open, locale: 'es', requester: server.users.requester, agent: server.users.agent, subject: 'Cobro no reconocido',
    });
    expect(await page.evaluate(() => document.documentElement.dataset.host)).toBe('browser');
    const stored = await server.api(`/api/tickets/${number}`, server.users.requester);
    expect(stored).toMatchObject({ number, status: 'resolved', csat: { score: 5 } });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('tabs inside the fake Teams host', () => {
  it('file → my requests → queue → resolve → rate, in English with the dark theme', async () => {
    const { page, errors } = await newPage();
    const open: OpenTab = async (tab, user) => {
      await page.goto(host.pageFor(`${server.baseUrl}/tabs/${tab}`, {
        locale: 'en-us', theme: 'dark', userPrincipalName: user, userObjectId: `oid-${user}`, tid: 'tenant-1', entityId: tab,
      }));
      const body = page.frameLocator('iframe#tab').locator('body');
      await body.locator(`[data-mode="teams"][data-user="${user}"]`).waitFor();
      return body;
    };
    const number = await fileResolveRate({
      page, open, locale: 'en', requester: server.users.requester, agent: server.users.agent, subject: 'Unknown charge',
    });
    const frame = page.frameLocator('iframe#tab');
    expect(await frame.locator('html').getAttribute('data-host')).toBe('teams');
    expect(await frame.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    const background = await frame.locator('[data-theme]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
    const calls = await page.evaluate(() => {
      const fake: unknown = Reflect.get(window, 'fakeTeams');
      const list: unknown = fake !== null && typeof fake === 'object' ? Reflect.get(fake, 'calls') : [];
      return Array.isArray(list) ? list.map(String) : [];
    });
    expect(calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
    const stored = await server.api(`/api/tickets/${number}`, server.users.requester);
    expect(stored).toMatchObject({ number, status: 'resolved', csat: { score: 5 } });

    await page.evaluate(() => {
      const fake: unknown = Reflect.get(window, 'fakeTeams');
      const setTheme: unknown = fake !== null && typeof fake === 'object' ? Reflect.get(fake, 'setTheme') : null;
      if (typeof setTheme === 'function') setTheme.call(fake, 'contrast');
    });
    await frame.locator('[data-theme="contrast"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('live SLA countdown', () => {
  it('My requests re-renders the countdown from the page clock every second', async () => {
    const { page, errors } = await newPage();
    const tickets = withSlaContext(TicketListSchema.parse(await server.api('/api/tickets?view=mine', server.users.requester)));
    const ticket = tickets.find((i) => i.sla.some((c) => c.state === 'running' && c.dueAt !== null));
    const running = ticket?.sla.find((c) => c.state === 'running' && c.dueAt !== null);
    if (!ticket || !running?.dueAt || ticket.evaluatedAt === undefined) throw new Error('no ticket with a running clock');
    const at = Date.parse(NOW) + 10 * 60_000;
    // Monday 09:10 Bogotá and a minute later: business hours, so the business countdown moves with the page clock.
    const live = { evaluatedAt: ticket.evaluatedAt, calendar: liveCalendar(ticket.slaCalendar) };
    const expected = (ms: number) => countdownText(running, new Date(ms), 'es', live).text;

    await page.goto(`${server.baseUrl}/tabs/mine?as=${encodeURIComponent(server.users.requester)}`);
    const timer = page.locator(`[data-testid="ticket"][data-number="${ticket.number}"] [role="timer"][data-metric="${running.metric}"]`);
    // Freeze the page's clock (its timers keep running): the countdown must follow it.
    await chromium.context.clock.setFixedTime(new Date(at));
    try {
      await timer.filter({ hasText: expected(at) }).waitFor();
      await chromium.context.clock.setFixedTime(new Date(at + 61_000));
      await timer.filter({ hasText: expected(at + 61_000) }).waitFor();
    } finally {
      await chromium.context.clock.resume();
    }
    expect(expected(at)).not.toBe(expected(at + 61_000));
    expect(errors).toEqual([]);
    await page.close();
  });
});
