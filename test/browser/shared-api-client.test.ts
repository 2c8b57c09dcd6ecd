/**
 * The browser API client against an msw-faked server: parses views with zod, sends language,
 * identity and idempotency headers, and turns every failure into an ApiError with the server's
 * code and localized message.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ApiError, createApiClient } from '../../static/shared/api/client';

const BASE = 'http://api.test';
const ticket = {
  id: 't-1', number: 'PQRS-2026-000001', type: 'queja', status: 'open', priority: 'P3', tier: 'N1', channel: 'web',
  legal: { dueDate: '2026-03-24', dueAt: '2026-03-25T05:00:00.000Z' },
  sla: [{ metric: 'firstResponse', state: 'running', goalMs: 14_400_000, elapsedMs: 0, remainingMs: 14_400_000, dueAt: '2026-03-02T19:00:00.000Z', breachedAt: null }],
  subject: 'Sin luz', description: 'd', requester: { name: 'Ana', email: 'ana@x.co' }, assigneeId: null,
  createdAt: '2026-03-02T15:00:00.000Z', updatedAt: '2026-03-02T15:00:00.000Z', history: [], csat: null, extra: 'kept',
};
const seen: { headers: Headers; url: string; body: unknown }[] = [];
const server = setupServer(
  http.post(`${BASE}/api/tickets`, async ({ request }) => {
    seen.push({ headers: request.headers, url: request.url, body: await request.json() });
    return HttpResponse.json(ticket, { status: 201 });
  }),
  http.get(`${BASE}/api/tickets`, ({ request }) => {
    seen.push({ headers: request.headers, url: request.url, body: null });
    return HttpResponse.json({ items: [ticket] });
  }),
  http.post(`${BASE}/api/tickets/:id/rate`, () =>
    HttpResponse.json({ error: { code: 'invalid_request', message: 'La calificación debe estar entre 1 y 5.' } }, { status: 400 })),
  http.put(`${BASE}/api/settings`, () =>
    HttpResponse.json({ error: { code: 'invalid_settings', message: 'Invalid', issues: [{ path: 'routing.strategy', message: 'bad' }, { path: ['tiers', 'N1'], message: 'x' }] } }, { status: 422 })),
  http.get(`${BASE}/api/me`, () => HttpResponse.json({ id: 'x' })),
  http.get(`${BASE}/api/metrics`, () => new HttpResponse('<html>oops</html>', { status: 502 })),
  http.get(`${BASE}/api/reports/semiannual.csv`, () => new HttpResponse('Tipo;Recibidas\nqueja;1\n', { headers: { 'Content-Type': 'text/csv' } })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => { server.resetHandlers(); seen.length = 0; });
afterAll(() => server.close());

const api = createApiClient({
  baseUrl: BASE,
  locale: 'en',
  authHeaders: async () => ({ 'X-Ventanilla-User': 'ana@x.co' }),
});

describe('createApiClient', () => {
  it('files a ticket with the idempotency key, language and identity headers, and parses the view', async () => {
    const view = await api.fileTicket({ type: 'queja' }, 'key-1');
    expect(view.number).toBe('PQRS-2026-000001');
    expect(view.extra).toBe('kept');
    const call = seen[0];
    expect(call?.headers.get('idempotency-key')).toBe('key-1');
    expect(call?.headers.get('accept-language')).toBe('en');
    expect(call?.headers.get('x-ventanilla-user')).toBe('ana@x.co');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.body).toEqual({ type: 'queja' });
  });

  it('lists the queue with only the filters that are set', async () => {
    await api.listTickets('queue', { tier: 'N2', breached: true, type: undefined, priority: '' });
    expect(new URL(seen[0]?.url ?? '').search).toBe('?view=queue&tier=N2&breached=true');
  });

  it('turns an error body into an ApiError with the server code and message', async () => {
    const error = await api.act('t-1', 'rate', { score: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_request', status: 400, message: 'La calificación debe estar entre 1 y 5.' });
  });

  it('keeps validation issues, with array paths joined', async () => {
    const error = await api.putSettings({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_settings', status: 422, issues: [{ path: 'routing.strategy', message: 'bad' }, { path: 'tiers.N1', message: 'x' }] });
  });

  it('rejects a 200 whose body is not the expected shape', async () => {
    await expect(api.me()).rejects.toMatchObject({ code: 'unexpected_response', status: 200 });
  });

  it('rejects a non-JSON error page as unexpected_response with its status', async () => {
    await expect(api.metrics('2026-01-01', '2026-06-30')).rejects.toMatchObject({ code: 'unexpected_response', status: 502 });
  });

  it('reports a transport failure as network', async () => {
    const offline = createApiClient({ baseUrl: BASE, locale: 'es', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline.me()).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('fetches the semiannual CSV as text', async () => {
    expect(await api.semiannualCsv('2026-01-01', '2026-06-30')).toBe('Tipo;Recibidas\nqueja;1\n');
  });
});
