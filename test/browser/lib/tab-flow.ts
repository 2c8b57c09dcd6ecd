/**
 * The end-to-end story both modes run: a requester files a request, sees it in My requests with
 * a live countdown, an agent resolves it from the Team queue, the requester rates it. `open`
 * shows a tab as a given user and returns the tab's root (a page body or a framed body).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { t, type Locale } from '../../../src/core/index';

export type TabName = 'file' | 'mine' | 'queue' | 'dashboard' | 'settings';
export type OpenTab = (tab: TabName, userEmail: string) => Promise<Locator>;

export interface FlowOptions {
  page: Page;
  open: OpenTab;
  locale: Locale;
  requester: string;
  agent: string;
  subject: string;
}

const isApi = (path: RegExp, method: string) => (r: { url(): string; request(): { method(): string } }) =>
  path.test(new URL(r.url()).pathname) && r.request().method() === method;

/** Runs the story; returns the radicado (e.g. PQRS-2026-000001). */
export async function fileResolveRate({ page, open, locale, requester, agent, subject }: FlowOptions): Promise<string> {
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);

  // 1. File a request (labels wired to inputs: found by their visible text).
  let tab = await open('file', requester);
  await tab.getByLabel(tr('tabs.field.type')).selectOption('reclamo');
  await tab.getByLabel(tr('tabs.field.subject')).fill(subject);
  await tab.getByLabel(tr('tabs.field.description')).fill('La factura de marzo llegó con un cobro que no reconozco.');
  await tab.getByLabel(tr('tabs.field.impact')).selectOption('alta');
  const filedResponse = page.waitForResponse(isApi(/^\/api\/tickets$/, 'POST'));
  await tab.getByRole('button', { name: tr('tabs.file.submit') }).click();
  expect((await filedResponse).status()).toBe(201);
  const filed = tab.getByTestId('filed');
  await filed.waitFor();
  const number = (await filed.getAttribute('data-radicado')) ?? '';
  expect(number).toMatch(/^PQRS-\d{4}-\d{6}$/);
  expect(await filed.textContent()).toContain(number);

  // 2. My requests: open, with a running countdown and the legal due date.
  tab = await open('mine', requester);
  let card = tab.locator(`[data-testid="ticket"][data-number="${number}"]`);
  await card.waitFor();
  expect(await card.getAttribute('data-status')).toBe('open');
  const countdown = card.locator('[role="timer"][data-metric="firstResponse"]');
  // The main figure is the remaining business time ("… hábiles restantes"), or "vencido hace …".
  expect(await countdown.textContent()).toMatch(
    new RegExp(`(${tr('tabs.sla.businessLeft', { duration: '' }).trim()}$|^${tr('tabs.sla.overdueBy', { duration: '' }).trim()})`),
  );
  expect(await countdown.getAttribute('data-business')).toBe('true');
  expect(await card.getByTestId('legal-due').textContent()).toContain(tr('tabs.legal.due', { date: '' }).trim());

  // 3. Team queue as an agent: the ticket is there; resolve it.
  tab = await open('queue', agent);
  card = tab.locator(`[data-testid="ticket"][data-number="${number}"]`);
  await card.waitFor();
  await card.getByRole('button', { name: tr('tabs.queue.resolve') }).click();
  await card.getByLabel(tr('tabs.queue.resolution')).fill('Se anuló el cobro y se emitió una nota crédito.');
  const resolved = page.waitForResponse(isApi(/^\/api\/tickets\/[^/]+\/resolve$/, 'POST'));
  await card.getByRole('button', { name: tr('tabs.queue.resolve') }).click();
  expect((await resolved).status()).toBe(200);
  await tab.getByText(tr('tabs.queue.resolved', { number })).waitFor();
  await card.waitFor({ state: 'detached' });

  // 4. My requests again: resolved; rate it 5 with a comment.
  tab = await open('mine', requester);
  card = tab.locator(`[data-testid="ticket"][data-number="${number}"]`);
  await card.waitFor();
  expect(await card.getAttribute('data-status')).toBe('resolved');
  await card.getByRole('radio', { name: tr('tabs.rate.scoreOption', { n: 5 }) }).check();
  await card.getByLabel(tr('tabs.rate.comment')).fill('Rápido y claro.');
  const rated = page.waitForResponse(isApi(/^\/api\/tickets\/[^/]+\/rate$/, 'POST'));
  await card.getByRole('button', { name: tr('tabs.rate.submit') }).click();
  expect((await rated).status()).toBe(200);
  await card.getByTestId('csat').waitFor();
  expect(await card.getByTestId('csat').textContent()).toBe(tr('tabs.rate.done', { score: 5 }));
  return number;
}
