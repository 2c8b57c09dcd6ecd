import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ADMIN, AGENT, INTAKE, REQUESTER, startTestServer, type TestServer } from '../helpers/server';

const ErrorJson = z.object({ error: z.object({ code: z.string(), message: z.string().min(1) }) });
const TicketJson = z.object({
  id: z.string(),
  number: z.string().regex(/^PQRS-2026-\d{6}$/),
  type: z.string(),
  status: z.string(),
  priority: z.string(),
  tier: z.string(),
  channel: z.string(),
  legal: z.object({ dueDate: z.string(), dueAt: z.string() }).nullable(),
  assigneeId: z.string().nullable(),
  sla: z.array(z.object({ metric: z.string(), state: z.string() })),
});

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.app.close();
});

async function file(body: unknown = INTAKE, headers: Record<string, string> = {}) {
  return s.call('/api/tickets', { method: 'POST', json: body, headers, user: REQUESTER });
}

describe('Teams server HTTP API', () => {
  it('GET /healthz answers 200 { ok: true }', async () => {
    const res = await s.call('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('GET /api/me: the demo requester by default, roles from the settings for a demo agent', async () => {
    const me = await (await s.call('/api/me')).json();
    expect(me).toMatchObject({ email: REQUESTER, roles: ['requester'], mode: 'local', locale: 'es' });
    const admin = await (await s.call('/api/me', { user: ADMIN, headers: { 'Accept-Language': 'en-US' } })).json();
    expect(admin).toMatchObject({ id: 'demo-admin', roles: ['requester', 'agent', 'admin'], locale: 'en' });
  });

  it('POST /api/tickets files a request: 201, radicado, priority, legal due date, SLA clocks', async () => {
    const res = await file();
    expect(res.status).toBe(201);
    const ticket = TicketJson.parse(await res.json());
    expect(ticket).toMatchObject({ type: 'peticion', status: 'open', priority: 'P3', tier: 'N1', channel: 'web' });
    expect(ticket.legal?.dueDate).toMatch(/^2026-03-\d\d$/);
    expect(ticket.sla.map((c) => c.metric)).toEqual(['firstResponse', 'resolution']);
    expect(res.headers.get('location')).toBe(`/api/tickets/${ticket.id}`);
  });

  it('the same Idempotency-Key returns the same ticket (200); another body with it is a 409', async () => {
    const first = await file(INTAKE, { 'Idempotency-Key': 'form-42' });
    const again = await file(INTAKE, { 'Idempotency-Key': 'form-42' });
    expect([first.status, again.status]).toEqual([201, 200]);
    const [a, b] = [TicketJson.parse(await first.json()), TicketJson.parse(await again.json())];
    expect(b.id).toBe(a.id);
    const other = await file({ ...INTAKE, subject: 'Otro asunto' }, { 'Idempotency-Key': 'form-42' });
    expect(other.status).toBe(409);
    expect(ErrorJson.parse(await other.json()).error.code).toBe('idempotency_mismatch');
  });

  it.each([
    ['es', undefined, 'La solicitud no es válida'],
    ['en', 'en-GB,en;q=0.9', 'The request is not valid'],
  ])('malformed intake → 400 with a message in %s', async (_l, lang, prefix) => {
    const res = await file({ ...INTAKE, impact: 'enorme' }, lang ? { 'Accept-Language': lang } : {});
    expect(res.status).toBe(400);
    const body = ErrorJson.parse(await res.json());
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message.startsWith(prefix)).toBe(true);
  });

  it.each([
    ['es', undefined, { subject: 'Debe tener al menos', email: 'Debe ser un correo electrónico válido' }],
    ['en', 'en-US', { subject: 'Must be at least', email: 'Must be a valid e-mail address' }],
  ])('a 400 on POST /api/tickets lists field messages in %s', async (_l, lang, expected) => {
    const res = await file({ ...INTAKE, subject: '', requester: { name: 'X', email: 'nope' } }, lang ? { 'Accept-Language': lang } : {});
    expect(res.status).toBe(400);
    const body = z.object({ error: z.object({ code: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }) }).parse(await res.json());
    expect(body.error.code).toBe('invalid_request');
    const at = (path: string) => body.error.issues.find((i) => i.path === path)?.message;
    expect(at('subject'), JSON.stringify(body.error.issues)).toMatch(new RegExp(`^${expected.subject}`));
    expect(at('requester.email'), JSON.stringify(body.error.issues)).toBe(expected.email);
  });

  it.each([
    ['not JSON', { method: 'POST', body: '{nope', headers: { 'Content-Type': 'application/json' } }, 400, 'invalid_json'],
    ['text/plain', { method: 'POST', body: 'hola', headers: { 'Content-Type': 'text/plain' } }, 415, 'unsupported_media_type'],
    ['too big', { method: 'POST', body: JSON.stringify({ x: 'a'.repeat(300_000) }), headers: { 'Content-Type': 'application/json' } }, 413, 'payload_too_large'],
    ['DELETE', { method: 'DELETE' }, 405, 'method_not_allowed'],
  ])('POST /api/tickets %s → %i', async (_name, init, status, code) => {
    const res = await s.call('/api/tickets', { ...init, user: REQUESTER });
    expect(res.status).toBe(status);
    expect(ErrorJson.parse(await res.json()).error.code).toBe(code);
  });

  it('unknown routes and tickets are 404 with a message', async () => {
    for (const path of ['/api/nothing', '/api/tickets/t-999', '/api/tickets/PQRS-2026-999999', '/api/tickets/t-1/fly']) {
      const res = await s.call(path, { method: path.endsWith('fly') ? 'POST' : 'GET' });
      expect(res.status, path).toBe(404);
      ErrorJson.parse(await res.json());
    }
  });

  it('lists: mine for the requester; the queue is for agents only', async () => {
    const mine = z.object({ items: z.array(TicketJson) }).parse(await (await s.call('/api/tickets?view=mine', { user: REQUESTER })).json());
    expect(mine.items.length).toBeGreaterThan(0);
    expect((await s.call('/api/tickets?view=queue', { user: REQUESTER })).status).toBe(403);
    const queue = await s.call('/api/tickets?view=queue&tier=N1&type=peticion', { user: AGENT });
    expect(queue.status).toBe(200);
    const items = z.object({ items: z.array(TicketJson) }).parse(await queue.json()).items;
    expect(items.every((t) => t.tier === 'N1' && t.type === 'peticion')).toBe(true);
    expect((await s.call('/api/tickets?view=queue&tier=N9', { user: AGENT })).status).toBe(400);
  });

  it('a requester does not see someone else’s ticket', async () => {
    const ticket = TicketJson.parse(await (await file()).json());
    const res = await s.call(`/api/tickets/${ticket.id}`, { user: 'otra.persona@example.org' });
    expect(res.status).toBe(404);
  });

  it('agent claims, replies and resolves; the requester rates once', async () => {
    const ticket = TicketJson.parse(await (await file()).json());
    const act = (action: string, json: unknown, user = AGENT) =>
      s.call(`/api/tickets/${ticket.id}/${action}`, { method: 'POST', json, user });
    expect(ticket).toMatchObject({ assigneeId: 'demo-agente-n1' });
    const claimed = await act('claim', {}, ADMIN);
    expect(claimed.status).toBe(200);
    expect(await claimed.json()).toMatchObject({ assigneeId: 'demo-admin' });
    const replied = await act('reply', { message: 'Estamos revisando su solicitud.', public: true });
    expect(replied.status).toBe(200);
    expect((await act('resolve', { resolution: 'Certificado enviado.' })).status).toBe(200);
    expect((await act('rate', { score: 5 }, AGENT)).status).toBeGreaterThanOrEqual(400);
    const rated = await act('rate', { score: 5, comment: 'Gracias' }, REQUESTER);
    expect(rated.status).toBe(200);
    expect(await rated.json()).toMatchObject({ status: 'resolved', csat: { score: 5 } });
    const twice = await act('rate', { score: 4 }, REQUESTER);
    expect(twice.status).toBe(422);
    expect(ErrorJson.parse(await twice.json()).error.code).toBe('already_rated');
  });

  it('a requester may not claim (403) and bad action bodies are 400', async () => {
    const ticket = TicketJson.parse(await (await file()).json());
    const claim = await s.call(`/api/tickets/${ticket.id}/claim`, { method: 'POST', json: {}, user: REQUESTER });
    expect(claim.status).toBe(403);
    const extend = await s.call(`/api/tickets/${ticket.id}/extend`, { method: 'POST', json: { days: 'x' }, user: AGENT });
    expect(extend.status).toBe(400);
  });

  it('settings: agents read, only admins write; invalid settings → 422 with issues; preview', async () => {
    const got = await s.call('/api/settings', { user: AGENT });
    expect(got.status).toBe(200);
    const current = z.object({ version: z.number(), settings: z.record(z.string(), z.unknown()) }).parse(await got.json());
    expect((await s.call('/api/settings', { method: 'PUT', json: current.settings, user: AGENT })).status).toBe(403);
    const bad = await s.call('/api/settings', { method: 'PUT', json: { ...current.settings, calendars: [] }, user: ADMIN });
    expect(bad.status).toBe(422);
    const badBody = z.object({ error: z.object({ code: z.literal('invalid_settings'), message: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })).min(1) }) });
    badBody.parse(await bad.json());
    const saved = await s.call('/api/settings', { method: 'PUT', json: current.settings, user: ADMIN });
    expect(saved.status).toBe(200);
    expect((await saved.json()).version).toBe(current.version + 1);
    const preview = await s.call('/api/settings/preview', { method: 'POST', json: { type: 'peticion', impact: 'alta', urgency: 'alta', channel: 'teams' }, user: ADMIN });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ priority: 'P1' });
  });

  it('metrics: the nine metrics for agents, 403 for requesters, 400 for a bad range', async () => {
    const res = await s.call('/api/metrics?from=2026-03-01&to=2026-04-01', { user: AGENT });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toMatchObject({ window: { from: '2026-03-01', to: '2026-04-01' } });
    expect(Object.keys(z.record(z.string(), z.unknown()).parse(body))).toEqual(
      expect.arrayContaining(['volume', 'fulfilment', 'utilisation', 'firstResponse', 'firstContactResolution', 'backlog', 'csat', 'agentSatisfaction']),
    );
    expect((await s.call('/api/metrics?from=2026-03-01&to=2026-04-01', { user: REQUESTER })).status).toBe(403);
    expect((await s.call('/api/metrics?from=2026-04-01&to=2026-03-01', { user: AGENT })).status).toBe(400);
    expect((await s.call('/api/metrics?from=marzo', { user: AGENT })).status).toBe(400);
  });

  it('semiannual report: text/csv with a header row and a total row', async () => {
    const res = await s.call('/api/reports/semiannual.csv?from=2026-01-01&to=2026-07-01', { user: AGENT });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('pulse: agents 201, requesters 403', async () => {
    expect((await s.call('/api/pulse', { method: 'POST', json: { score: 4 }, user: AGENT })).status).toBe(201);
    expect((await s.call('/api/pulse', { method: 'POST', json: { score: 4 }, user: REQUESTER })).status).toBe(403);
  });

  it('X-Ventanilla-User that is not an e-mail → 401', async () => {
    const res = await s.call('/api/me', { user: 'nadie' });
    expect(res.status).toBe(401);
    ErrorJson.parse(await res.json());
  });
});

describe('static tabs', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/tabs/queue', 'text/html; charset=utf-8'],
    ['/assets/app-1.js', 'text/javascript; charset=utf-8'],
  ])('%s → 200 %s', async (path, type) => {
    const res = await s.call(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('a tab folder serves its own page; other /tabs/* paths fall back to the root index', async () => {
    expect(await (await s.call('/tabs/queue')).text()).toContain('Cola');
    expect(await (await s.call('/tabs/queue/')).text()).toContain('Cola');
    expect(await (await s.call('/tabs/mine')).text()).toContain('Ventanilla');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/nothing.js'])('%s → 404', async (path) => {
    const res = await s.call(path);
    expect(res.status).toBe(404);
  });
});
