import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createHandlers } from '../../../src/jira/handlers';
import { signWebhook } from '../../../src/jira/webhooks/standard-webhooks';
import { ticketViewSchema } from '../../../src/jira/resolvers/contract';
import { kvsWrites, testContext, useForge } from '../harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = '2026-03-02T14:00:00Z'; // Monday 09:00 Bogotá
const h = useForge(NOW);
let handlers: ReturnType<typeof createHandlers>;
let msg = 0;

const intakeBody = (overrides: Record<string, unknown> = {}) => JSON.stringify({
  type: 'queja',
  subject: 'Cobro doble en la factura de febrero',
  description: 'Me cobraron dos veces el mismo servicio.',
  impact: 'alta',
  urgency: 'media',
  requester: { name: 'Ana Pérez', email: 'ana@example.org' },
  ...overrides,
});

function request(body: string, opts: { id?: string; at?: Date; secret?: string; headers?: Record<string, string>; method?: string } = {}) {
  const id = opts.id ?? `msg_${++msg}`;
  const signed = signWebhook(opts.secret ?? SECRET, id, opts.at ?? new Date(h().time.now()), body);
  const headers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries({ ...signed, 'content-type': 'application/json', ...opts.headers })) headers[k] = [v];
  return { method: opts.method ?? 'POST', path: '/', body, headers, queryParameters: {} };
}

const json = (res: { body: string }): unknown => JSON.parse(res.body);
const ticketEntityWrites = () => h().kvs.count('/api/v1/entity/set') + h().kvs.count('/api/v1/transaction');

beforeAll(() => {
  vi.stubEnv('VENTANILLA_WEBTRIGGER_SECRET', SECRET);
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  handlers = createHandlers(testContext(h()));
});

describe('intake web trigger (Standard Webhooks, real @forge/kvs + Jira REST fake)', () => {
  it('files a ticket and creates the Jira issue with the radicado and PQRS fields (201)', async () => {
    const res = await handlers.intake(request(intakeBody(), { headers: { 'idempotency-key': 'form-42' } }));
    expect(res.statusCode).toBe(201);
    const view = ticketViewSchema.extend({}).loose().parse(json(res));
    expect(view).toMatchObject({ type: 'queja', priority: 'P2', status: 'open', channel: 'api', number: 'PQRS-2026-000001' });
    expect(view.sla.map((c) => c.metric)).toEqual(['firstResponse', 'resolution']);
    expect(view.legal?.dueDate).toBe('2026-03-24'); // 15 business days, 2026-03-23 is a holiday
    const issues = [...h().jira.state.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.summary).toBe('PQRS-2026-000001 · Cobro doble en la factura de febrero');
    expect(issues[0]?.labels).toEqual(['ventanilla', 'pqrs-queja', 'impacto-alta', 'urgencia-media']);
    expect(issues[0]?.properties.get('ventanilla')).toMatchObject({ radicado: 'PQRS-2026-000001', type: 'queja', breached: 'false', legalDueDate: '2026-03-24' });
  });

  it('answers a repeat with the same Idempotency-Key with the same ticket (200), one issue only', async () => {
    const first = await handlers.intake(request(intakeBody(), { headers: { 'idempotency-key': 'form-43' } }));
    const again = await handlers.intake(request(intakeBody(), { headers: { 'idempotency-key': 'form-43' } }));
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(ticketViewSchema.parse(json(again)).id).toBe(ticketViewSchema.parse(json(first)).id);
    expect([...h().jira.state.issues.values()].filter((i) => i.summary.startsWith(ticketViewSchema.parse(json(first)).number))).toHaveLength(1);
  });

  it.each([
    ['a wrong secret', { secret: 'whsec_c2VjcmV0LXRoYXQtaXMtd3JvbmctMTIzNA==' }, 'bad_signature'],
    ['a stale timestamp (6 minutes old)', { at: new Date(Date.parse(NOW) - 6 * 60_000) }, 'stale_timestamp'],
    ['a timestamp 6 minutes ahead', { at: new Date(Date.parse(NOW) + 6 * 60_000) }, 'stale_timestamp'],
  ])('rejects %s with 401 before writing anything', async (_name, opts, code) => {
    const writes = kvsWrites(h());
    const jira = h().jira.requests.length;
    const res = await handlers.intake(request(intakeBody(), opts));
    expect(res.statusCode).toBe(401);
    expect(json(res)).toMatchObject({ error: { code } });
    expect(kvsWrites(h())).toBe(writes);
    expect(h().jira.requests.length).toBe(jira);
  });

  it('rejects a replayed webhook-id with 401 and files nothing the second time', async () => {
    const req = request(intakeBody(), { id: 'msg_replay' });
    expect((await handlers.intake(req)).statusCode).toBe(201);
    const entities = ticketEntityWrites();
    const jira = h().jira.requests.length;
    const replay = await handlers.intake(req);
    expect(replay.statusCode).toBe(401);
    expect(json(replay)).toMatchObject({ error: { code: 'replayed' } });
    expect(ticketEntityWrites()).toBe(entities);
    expect(h().jira.requests.length).toBe(jira);
  });

  it.each([
    ['an oversized body', 'x'.repeat(70_000), 413, 'payload_too_large'],
    ['malformed JSON', '{"type": "queja",', 400, 'invalid_json'],
    ['a body that is not an intake request', JSON.stringify({ type: 'nope' }), 400, 'invalid_request'],
  ])('answers %s with %s and writes no ticket', async (_name, body, status, code) => {
    const entities = ticketEntityWrites();
    const res = await handlers.intake(request(body));
    expect(res.statusCode).toBe(status);
    expect(json(res)).toMatchObject({ error: { code } });
    expect(ticketEntityWrites()).toBe(entities);
  });

  it('answers GET with 405 and localizes errors by Accept-Language', async () => {
    expect((await handlers.intake(request('', { method: 'GET' }))).statusCode).toBe(405);
    const es = await handlers.intake(request('{', { headers: { 'accept-language': 'es-CO' } }));
    const en = await handlers.intake(request('{', { headers: { 'accept-language': 'en-US,en;q=0.9' } }));
    expect(json(es)).toEqual({ error: { code: 'invalid_json', message: 'El cuerpo de la solicitud no es JSON válido.' } });
    expect(json(en)).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
  });

  it('hands a Jira 429 back as 503 + Retry-After; the retry completes the same ticket with one issue', async () => {
    const before = h().jira.state.issues.size;
    h().jira.throttle(1, 30);
    const first = await handlers.intake(request(intakeBody({ subject: 'Reintento' }), { headers: { 'idempotency-key': 'retry-1' } }));
    expect(first.statusCode).toBe(503);
    expect(first.headers['Retry-After']).toEqual(['30']);
    const retry = await handlers.intake(request(intakeBody({ subject: 'Reintento' }), { headers: { 'idempotency-key': 'retry-1' } }));
    expect(retry.statusCode).toBe(200);
    expect(h().jira.state.issues.size).toBe(before + 1);
  });

  it('survives 1,000 fuzzed signed bodies: every answer is a 4xx JSON error, no crash', async () => {
    const arbitraryBody = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ type: fc.string(), subject: fc.string(), impact: fc.string(), requester: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
    );
    const issues = h().jira.state.issues.size;
    await fc.assert(fc.asyncProperty(arbitraryBody, async (body) => {
      const res = await handlers.intake(request(body));
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(json(res)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }), { numRuns: 1000 });
    expect(h().jira.state.issues.size).toBe(issues);
  }, 120_000);
});
