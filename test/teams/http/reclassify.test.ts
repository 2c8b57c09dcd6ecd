/** `POST /api/tickets/:id/type` (ADR 0086) on the real Teams server: agents reclassify; zod at the edge; es/en errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AGENT, INTAKE, REQUESTER, startTestServer, type TestServer } from '../helpers/server';

const ErrorJson = z.object({ error: z.object({ code: z.string(), message: z.string().min(1) }) });
const TicketJson = z.object({
  id: z.string(),
  type: z.string(),
  status: z.string(),
  legal: z.object({ dueDate: z.string(), termDays: z.number() }).nullable(),
  history: z.array(z.object({ type: z.string() }).loose()),
}).loose();

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ now: '2026-03-02T14:00:00.000Z' }); // Mon 09:00 Bogotá
});
afterAll(async () => {
  await s.app.close();
});

async function fileOne() {
  return TicketJson.parse(await (await s.call('/api/tickets', { method: 'POST', json: INTAKE, user: REQUESTER })).json());
}
const reclassify = (id: string, json: unknown, user = AGENT, lang = 'es-CO') =>
  s.call(`/api/tickets/${id}/type`, { method: 'POST', json, user, headers: { 'Accept-Language': lang } });

describe('POST /api/tickets/:id/type', () => {
  it('an agent reclassifies a petición as a consulta: 30 business days from receipt', async () => {
    const ticket = await fileOne();
    expect(ticket.legal).toMatchObject({ termDays: 15, dueDate: '2026-03-24' });
    const res = await reclassify(ticket.id, { type: 'consulta', reason: 'Pide un concepto' });
    expect(res.status).toBe(200);
    const after = TicketJson.parse(await res.json());
    expect(after).toMatchObject({ type: 'consulta', legal: { termDays: 30, dueDate: '2026-04-16' } });
    expect(after.history.at(-1)).toMatchObject({ type: 'typeChanged', from: 'peticion', to: 'consulta', reason: 'Pide un concepto' });
    const felicitacion = TicketJson.parse(await (await reclassify(ticket.id, { type: 'felicitacion' })).json());
    expect(felicitacion.legal).toBeNull();
  });

  it.each([
    ['an unknown type → 400', { type: 'otra' }, AGENT, 'es-CO', 400, 'invalid_request', /type/],
    ['no body fields → 400', {}, AGENT, 'en-US', 400, 'invalid_request', /type/],
    ['a requester → 403', { type: 'queja' }, REQUESTER, 'es-CO', 403, 'forbidden', /permiso/],
    ['the same type → 422 (es)', { type: 'peticion' }, AGENT, 'es-CO', 422, 'same_value', /ya tiene ese valor/],
    ['the same type → 422 (en)', { type: 'peticion' }, AGENT, 'en-US', 422, 'same_value', /already has that value/],
  ] as const)('refuses %s', async (_name, body, user, lang, status, code, message) => {
    const ticket = await fileOne();
    const res = await reclassify(ticket.id, body, user, lang);
    expect(res.status).toBe(status);
    const error = ErrorJson.parse(await res.json()).error;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses a resolved ticket (422 invalid_transition)', async () => {
    const ticket = await fileOne();
    await s.call(`/api/tickets/${ticket.id}/resolve`, { method: 'POST', json: { resolution: 'Listo' }, user: AGENT });
    const res = await reclassify(ticket.id, { type: 'queja' });
    expect(res.status).toBe(422);
    expect(ErrorJson.parse(await res.json()).error.code).toBe('invalid_transition');
  });
});
