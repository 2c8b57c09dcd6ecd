/**
 * The tabs' live SLA countdown needs, from the Teams server, the instant the clocks were evaluated
 * and the policy's business calendar: list responses carry `evaluatedAt` and `calendars` (one spec
 * per distinct policy, items name theirs by `policyId`), single-ticket responses carry them inline.
 * Parsed with the tabs' own zod schemas; the calendar ticks the way the server's next evaluation does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketListSchema, TicketViewSchema, withSlaContext } from '../../../static/shared/api/schemas';
import { liveCalendar, liveRemainingMs } from '../../../static/shared/format/live-clock';
import { AGENT, INTAKE, REQUESTER, startTestServer, type TestServer } from '../helpers/server';

const T0 = '2026-03-02T14:00:00.000Z'; // Mon 09:00 Bogotá
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ now: T0 });
});
afterAll(async () => {
  await s.app.close();
});

const json = async (path: string, user: string, init: { method?: string; json?: unknown } = {}) => {
  const res = await s.call(path, { ...init, user });
  expect(res.ok).toBe(true);
  const body: unknown = await res.json();
  return body;
};

describe('SLA live context in the Teams API', () => {
  it('lists carry evaluatedAt and one calendar per distinct policy; single tickets carry theirs inline', async () => {
    s.clock.set(T0);
    const peticion = TicketViewSchema.parse(await json('/api/tickets', REQUESTER, { method: 'POST', json: INTAKE }));
    await json('/api/tickets', REQUESTER, { method: 'POST', json: { ...INTAKE, subject: 'Otra petición' } });
    await json('/api/tickets', REQUESTER, { method: 'POST', json: { ...INTAKE, type: 'consulta', subject: 'Un concepto' } });
    expect(peticion).toMatchObject({ evaluatedAt: T0, policyId: 'default', slaCalendar: { timeZone: 'America/Bogota' } });

    s.clock.set('2026-03-02T15:30:00.000Z');
    for (const path of ['/api/tickets?view=mine', '/api/tickets?view=queue']) {
      const user = path.endsWith('mine') ? REQUESTER : AGENT;
      const raw = await json(path, user);
      const list = TicketListSchema.parse(raw);
      expect(list.evaluatedAt).toBe('2026-03-02T15:30:00.000Z');
      expect(Object.keys(list.calendars ?? {}).sort()).toEqual(['consultas', 'default']);
      expect(list.calendars?.default).toMatchObject({ timeZone: 'America/Bogota', week: { mon: expect.any(Array) } });
      expect(list.items.length).toBeGreaterThanOrEqual(3);
      for (const item of list.items) {
        expect(item.evaluatedAt).toBe(list.evaluatedAt);
        expect(item.slaCalendar).toBeUndefined(); // deduplicated into `calendars`
        expect(item.type === 'consulta' ? 'consultas' : 'default').toBe(item.policyId);
      }
      const joined = withSlaContext(list);
      expect(joined.every((item) => item.slaCalendar !== undefined && item.slaCalendar === list.calendars?.[item.policyId ?? ''])).toBe(true);
    }

    const got = TicketViewSchema.parse(await json(`/api/tickets/${peticion.id}`, REQUESTER));
    expect(got).toMatchObject({ evaluatedAt: '2026-03-02T15:30:00.000Z', policyId: 'default', slaCalendar: { timeZone: 'America/Bogota' } });
  });

  it.each([
    ['overnight (Mon 16:30 → Tue 08:30)', '2026-03-02T21:30:00.000Z', '2026-03-03T13:30:00.000Z'],
    ['over a weekend (Fri 16:00 → Mon 08:00)', '2026-03-06T21:00:00.000Z', '2026-03-09T13:00:00.000Z'],
    ['during office hours (Tue 09:00 → 10:15)', '2026-03-03T14:00:00.000Z', '2026-03-03T15:15:00.000Z'],
  ])('ticking from evaluatedAt over the sent calendar agrees with the next evaluation: %s', async (_name, from, to) => {
    s.clock.set(from);
    const filed = TicketViewSchema.parse(await json('/api/tickets', REQUESTER, { method: 'POST', json: { ...INTAKE, subject: `SLA ${from}` } }));
    s.clock.set(to);
    const later = TicketViewSchema.parse(await json(`/api/tickets/${filed.id}`, REQUESTER));
    const cal = liveCalendar(filed.slaCalendar);
    expect(cal).not.toBeNull();
    for (const [i, clock] of filed.sla.entries()) {
      const ticked = liveRemainingMs(clock, new Date(filed.evaluatedAt ?? ''), new Date(to), cal);
      expect(ticked).toBe(later.sla[i]?.remainingMs);
    }
  });
});
