/**
 * The Team queue's "Reclasificar" (ADR 0086) in real Chromium against the real server: an agent
 * turns a petición into a consulta; the card shows the new type and the API the 30-day legal term.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { t } from '../../src/core/index';
import { useTabsEnv } from './lib/tabs-env';

const NOW = '2026-03-02T14:00:00Z'; // Monday 09:00 Bogotá
const tabs = useTabsEnv(NOW);
const Ticket = z.object({ id: z.string(), number: z.string(), type: z.string(), legal: z.object({ dueDate: z.string(), termDays: z.number() }).nullable() }).loose();



describe('Team queue: reclassify', () => {
  it('an agent reclassifies a petición as a consulta', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Ventanilla-User': tabs.server.users.requester };
    const body = {
      type: 'peticion', subject: 'Concepto sobre el trámite', description: 'Quisiera saber qué requisitos aplican.', impact: 'media', urgency: 'media',
      channel: 'web', requester: { name: 'Demo solicitante (DEMO)', email: tabs.server.users.requester },
    };
    const filed = Ticket.parse(await (await fetch(`${tabs.server.baseUrl}/api/tickets`, { method: 'POST', headers, body: JSON.stringify(body) })).json());
    const page = await tabs.chromium.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${tabs.server.baseUrl}/tabs/queue?as=${encodeURIComponent(tabs.server.users.agent)}`);
    const card = page.locator(`[data-testid="ticket"][data-number="${filed.number}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: t('es', 'tickets.reclassify.action') }).click();
    await card.getByLabel(t('es', 'tickets.reclassify.newType')).selectOption('consulta');
    await card.getByLabel(t('es', 'tickets.reclassify.reasonOptional')).fill('Es una consulta');
    const answer = page.waitForResponse((r) => r.url().endsWith(`/api/tickets/${filed.id}/type`));
    await card.getByRole('button', { name: t('es', 'tickets.reclassify.action') }).click();
    expect((await answer).status()).toBe(200);
    await expect.poll(() => card.textContent()).toContain(t('es', 'tabs.type.consulta'));
    const after = Ticket.parse(await (await fetch(`${tabs.server.baseUrl}/api/tickets/${filed.id}`, { headers: { 'X-Ventanilla-User': tabs.server.users.agent } })).json());
    expect(after).toMatchObject({ type: 'consulta', legal: { termDays: 30, dueDate: '2026-04-16' } });
    expect(errors).toEqual([]);
    await page.close();
  });
});
