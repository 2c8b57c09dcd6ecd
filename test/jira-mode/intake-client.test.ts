/**
 * The Jira-mode intake client against the REAL Forge `intake` handler: an msw handler at the web
 * trigger URL turns the HTTP request into the Forge web trigger event and the handler's answer
 * back into HTTP; @forge/kvs and Jira REST run on the runtime fakes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../src/jira/handlers';
import { FAKE_WEBTRIGGER_URL, installForgeRuntime, type ForgeHarness } from '../fakes/forge-runtime';
import { testContext } from '../jira/harness';
import { intakeConfigFromEnv, JiraIntakeClient, webhookIdStem, retryAfterMs, type RetryOptions } from '../../src/teams/jira-mode/intake-client';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const WRONG = 'whsec_c2VjcmV0LXRoYXQtaXMtd3JvbmctMTIzNA==';
const NOW = '2026-03-02T14:00:00Z'; // Monday 09:00 Bogotá

const intake = (subject = 'Cobro doble en la factura de febrero') => ({
  type: 'queja', subject, description: 'Me cobraron dos veces el mismo servicio.', impact: 'alta', urgency: 'media',
  channel: 'teams', requester: { name: 'Ana Pérez', email: 'ana@example.org' },
});

/** What the web trigger "network" does to the next request(s). */
type Fault = 'drop-response' | { status: number; retryAfter?: string };
let faults: Fault[] = [];
let calls = 0;
let h: ForgeHarness;
let handlers: ReturnType<typeof createHandlers>;

const server = setupServer();

beforeAll(() => {
  h = installForgeRuntime(NOW);
  vi.stubEnv('VENTANILLA_WEBTRIGGER_SECRET', SECRET);
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  handlers = createHandlers(testContext(h));
  server.use(...h.jira.handlers(), http.post(FAKE_WEBTRIGGER_URL, async ({ request }) => {
    calls++;
    const fault = faults.shift();
    if (fault !== undefined && fault !== 'drop-response') {
      return HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, {
        status: fault.status, headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      });
    }
    const headers: Record<string, string[]> = {};
    request.headers.forEach((value, name) => void (headers[name] = [value]));
    const out = await handlers.intake({ method: request.method, path: '/', body: await request.text(), headers, queryParameters: {} });
    if (fault === 'drop-response') return HttpResponse.error(); // the issue exists; the answer is lost
    const outHeaders = new Headers();
    for (const [k, vs] of Object.entries(out.headers)) for (const v of vs) outHeaders.append(k, v);
    return new HttpResponse(out.body, { status: out.statusCode, headers: outHeaders });
  }));
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  expect(h.jira.violations).toEqual([]);
  faults = [];
  calls = 0;
});
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

function client(secret = SECRET, retry: Partial<RetryOptions> = {}) {
  const slept: number[] = [];
  const c = new JiraIntakeClient({
    config: { url: FAKE_WEBTRIGGER_URL, secret },
    clock: { now: () => new Date(h.time.now()) },
    retry: { sleep: async (ms) => { slept.push(ms); h.time.advance(ms); }, ...retry },
  });
  return { c, slept };
}
const issuesFor = (number: string) => [...h.jira.state.issues.values()].filter((i) => i.summary.startsWith(`${number} `));

describe('JiraIntakeClient → Forge intake web trigger', () => {
  it('files a signed request: the Jira issue exists with the radicado (201 → created)', async () => {
    const { c, slept } = client();
    const r = await c.file(intake(), 'teams:conv-1:act-1', 'es');
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.value.created).toBe(true);
    expect(r.value.ticket).toMatchObject({ number: 'PQRS-2026-000001', type: 'queja', priority: 'P2', channel: 'teams', status: 'open' });
    expect(r.value.ticket.legal?.dueDate).toBe('2026-03-24');
    expect(r.value.ticket.jira?.issueKey).toMatch(/^PQRS-\d+$/);
    expect(issuesFor('PQRS-2026-000001')).toHaveLength(1);
    expect(issuesFor('PQRS-2026-000001')[0]?.properties.get('ventanilla')).toMatchObject({ radicado: 'PQRS-2026-000001' });
    expect([calls, slept]).toEqual([1, []]);
  });

  it('retries after a dropped response and gets the same ticket back; one issue only', async () => {
    const { c, slept } = client();
    faults = ['drop-response'];
    const r = await c.file(intake('Retry subject'), 'teams:conv-1:act-2', 'es');
    expect(r.ok && r.value.created).toBe(false); // the retry found the ticket the lost answer created
    if (!r.ok) return;
    expect(calls).toBe(2);
    expect(slept).toEqual([500]);
    expect(issuesFor(r.value.ticket.number)).toHaveLength(1);
    const again = await c.file(intake('Retry subject'), 'teams:conv-1:act-2', 'es');
    expect(again.ok && again.value.ticket.id).toBe(r.value.ticket.id);
    expect(issuesFor(r.value.ticket.number)).toHaveLength(1);
  });

  it('surfaces a wrong secret as jira_intake_unauthorized (401, no retry, nothing filed)', async () => {
    const before = h.jira.state.issues.size;
    const { c, slept } = client(WRONG);
    const r = await c.file(intake(), 'teams:conv-1:act-3', 'en');
    expect(r).toEqual({ ok: false, error: { code: 'jira_intake_unauthorized', params: expect.objectContaining({ status: 401, reason: 'bad_signature' }) } });
    expect([calls, slept, h.jira.state.issues.size]).toEqual([1, [], before]);
  });

  it('honours 429 Retry-After (seconds) with the injected sleep, then files', async () => {
    const { c, slept } = client();
    faults = [{ status: 429, retryAfter: '7' }, { status: 503 }];
    const r = await c.file(intake('Rate limited'), 'teams:conv-1:act-4', 'es');
    expect(r.ok && r.value.created).toBe(true);
    expect(slept).toEqual([7000, 1000]); // Retry-After, then exponential backoff (2nd attempt)
    expect(calls).toBe(3);
  });

  it('gives up as jira_unavailable when Retry-After exceeds the longest wait, or attempts run out', async () => {
    const { c, slept } = client(SECRET, { maxWaitMs: 5000 });
    faults = [{ status: 429, retryAfter: '60' }];
    expect(await c.file(intake(), 'teams:x:1', 'es')).toEqual({ ok: false, error: { code: 'jira_unavailable', params: { status: 429 } } });
    expect(slept).toEqual([]);
    faults = [{ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }];
    const r = await c.file(intake(), 'teams:x:2', 'es');
    expect(r).toEqual({ ok: false, error: { code: 'jira_unavailable', params: { status: 504 } } });
    expect(slept).toEqual([500, 1000, 2000]);
  });

  it('maps a 400 validation answer to invalid_request with the issues', async () => {
    const { c } = client();
    const r = await c.file({ ...intake(), impact: 'enorme' }, 'teams:x:3', 'es');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_request');
    expect(r.error.issues?.map((i) => i.path)).toContain('impact');
  });
});

describe('helpers', () => {
  it.each([
    ['7', 7000], ['0', 0], ['', null], ['soon', null], ['Mon, 02 Mar 2026 14:00:30 GMT', 30_000],
  ])('Retry-After %j → %j ms', (value, ms) => {
    expect(retryAfterMs(value, new Date('2026-03-02T14:00:00Z'))).toBe(ms);
  });
  it('derives an opaque, stable webhook-id stem from the intake key', () => {
    expect(webhookIdStem('teams:c:a')).toBe(webhookIdStem('teams:c:a'));
    expect(webhookIdStem('teams:c:a')).not.toBe(webhookIdStem('teams:c:b'));
    expect(webhookIdStem('ana@example.org')).toMatch(/^msg_[0-9a-f]{32}$/);
  });
});

describe('intakeConfigFromEnv', () => {
  it.each([
    [{ VENTANILLA_JIRA_INTAKE_URL: 'https://x.test/t', VENTANILLA_JIRA_INTAKE_SECRET: 'whsec_abc' }, { url: 'https://x.test/t', secret: 'whsec_abc' }],
    [{ VENTANILLA_JIRA_INTAKE_URL: 'https://x.test/t' }, null],
    [{}, null],
  ])('%j → %j', (env, expected) => {
    expect(intakeConfigFromEnv(env)).toEqual(expected);
  });
});
