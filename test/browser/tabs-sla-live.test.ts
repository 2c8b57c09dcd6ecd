/**
 * The Teams "My requests" tab in real Chromium against the real server: the SLA countdown ticks in
 * BUSINESS time. Playwright's fake page clock is moved over Friday evening, the weekend and into
 * Monday morning; the remaining time stands still while the calendar is closed and always equals
 * what the server reports for the same instant.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTabsEnv } from './lib/tabs-env';

/** Friday 6 March 2026, 16:55 in Bogotá: five business minutes before the weekend. */
const NOW = '2026-03-06T21:55:00Z';
const tabs = useTabsEnv(NOW);



const Ticket = z.object({ id: z.string(), number: z.string(), sla: z.array(z.object({ metric: z.string(), remainingMs: z.number() })) });

describe('live SLA countdown in My requests', () => {
  it('does not decrease outside business hours, and matches the server', async () => {
    const requester = tabs.server.users.requester;
    const filed = await fetch(`${tabs.server.baseUrl}/api/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Ventanilla-User': requester },
      body: JSON.stringify({
        type: 'peticion', subject: 'Certificado laboral', description: 'Solicito copia de mi certificado laboral.',
        impact: 'media', urgency: 'media', channel: 'web', requester: { name: 'Demo', email: requester },
      }),
    });
    const { id, number } = Ticket.parse(await filed.json());
    const serverRemaining = async () =>
      Ticket.parse(await tabs.server.api(`/api/tickets/${id}`, requester)).sla.find((c) => c.metric === 'resolution')?.remainingMs;

    const page = await tabs.chromium.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${tabs.server.baseUrl}/tabs/mine?as=${encodeURIComponent(requester)}`);
    const card = page.locator(`[data-testid="ticket"][data-number="${number}"]`);
    const timer = card.locator('[role="timer"][data-metric="resolution"]');
    await timer.waitFor();
    expect(await timer.getAttribute('data-business')).toBe('true');
    expect(await timer.innerText()).toMatch(/hábiles restantes$/);
    expect(await card.getByTestId('sla-due-resolution').innerText()).toMatch(/vence:/);
    const left = async () => Number(await timer.getAttribute('data-left-ms'));

    // What the server says for any instant of the weekend (its clock moved to Saturday 10:00).
    tabs.server.advance(Date.parse('2026-03-07T15:00:00Z') - Date.parse(NOW));
    const weekend = (await serverRemaining()) ?? Number.NaN;

    // Friday 16:56: still open, the countdown ticks.
    await page.clock.pauseAt(new Date('2026-03-06T21:56:00Z'));
    await expect.poll(left).toBeGreaterThan(weekend);
    const friday = await left();
    await page.clock.runFor(30_000);
    await expect.poll(left).toBeLessThan(friday);

    // Friday 23:00, Saturday 10:00, Sunday 18:00: closed, the figure stands still at the server's value.
    for (const at of ['2026-03-07T04:00:00Z', '2026-03-07T15:00:00Z', '2026-03-08T23:00:00Z']) {
      await page.clock.pauseAt(new Date(at));
      await expect.poll(left).toBe(weekend);
      await page.clock.runFor(5_000);
      expect(await left()).toBe(weekend);
    }

    // Monday 08:00:30: open again, it ticks on from where it stood (at most the 30 s since opening).
    await page.clock.pauseAt(new Date('2026-03-09T13:00:30Z'));
    await expect.poll(left).toBeLessThan(weekend);
    expect(await left()).toBeGreaterThanOrEqual(weekend - 30_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
