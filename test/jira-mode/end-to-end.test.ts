/**
 * Jira mode end to end, in one process on loopback:
 * - the real Teams server (`startApp`, SQLite in memory) in Jira mode;
 * - its intake client's POSTs to the web trigger URL are routed (msw) into the REAL Forge `intake`
 *   handler on the Forge runtime fakes (KVS, Jira REST);
 * - a requester files through the bot (Bot Framework activity to the real adapter; msw Bot
 *   Connector fake) and gets the acknowledgement with the radicado;
 * - the REAL Forge escalation consumer runs later; its JiraNotifier relays (signed, `@forge/api`
 *   fetch) to the Teams server, which sends the requester a proactive message and updates the
 *   mirror read by "estado" and My requests; a replay is dropped, a forged signature is 401.
 * Time: one fake instant (Forge harness) shared by both sides; `Date` is faked to the same instant
 * because the Forge relay signs with the platform clock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import type { Notification } from '../../src/core/index';
import { createHandlers } from '../../src/jira/handlers';
import { TeamsRelay, TeamsRelayError } from '../../src/jira/notifier/teams-relay';
import { startApp, type App } from '../../src/teams/app';
import { memoryLogger } from '../../src/teams/logger';
import { ManualAlarm } from '../../src/teams/scheduler/timers';
import { ConnectorState } from '../fakes/bot-connector/connector-state';
import { botConnectorHandlers } from '../fakes/bot-connector/handlers';
import { FAKE_WEBTRIGGER_URL, installForgeRuntime, type ForgeHarness } from '../fakes/forge-runtime';
import { testContext } from '../jira/harness';
import { cardText, message, repliedCards, submit, USERS } from '../teams/bot/harness';

const INTAKE_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOTIFY_SECRET = 'whsec_dGVhbXMtbm90aWZ5LXNlY3JldC1mb3ItZTJlLTAwMDE=';
const FORGED = 'whsec_c2VjcmV0LXRoYXQtaXMtd3JvbmctMTIzNA==';
const NOW = '2026-03-02T14:00:00.000Z'; // Monday 09:00 Bogotá
const INTAKE = { type: 'queja', subject: 'Cobro doble', description: 'Me cobraron dos veces la factura de marzo.', impact: 'alta', urgency: 'media' };

let h: ForgeHarness;
let forge: ReturnType<typeof createHandlers>;
let app: App;
const state = new ConnectorState();
const logger = memoryLogger();
let webTriggerCalls = 0;

const msw = setupServer();

/** Moves both clocks (the Forge fakes and `Date`) to `iso`. */
function setTime(iso: string) {
  h.time.set(iso);
  vi.setSystemTime(new Date(iso));
}

async function post(path: string, init: { method?: string; json?: unknown; user?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.user) headers['x-ventanilla-user'] = init.user;
  const res = await fetch(`${app.url}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'), headers,
    ...(init.json !== undefined && { body: JSON.stringify(init.json) }),
  });
  const text = await res.text();
  const body: unknown = text ? JSON.parse(text) : null;
  return { status: res.status, body };
}

const botReply = async (activity: unknown) => cardText(repliedCards((await post('/api/messages', { json: activity })).body)[0]);
/** Proactive messages to Ana's 1:1 chat (turn replies travel in the HTTP body: expectReplies). */
const anaMessages = () => state.sent.filter((s) => s.conversationId === `a:personal-${USERS.ana.aadObjectId}`);
const items = (body: unknown) => z.object({ items: z.array(z.looseObject({ id: z.string(), number: z.string(), tier: z.string() })) }).parse(body).items;
const forgeTicket = async (id: string) => z.looseObject({ ticket: z.looseObject({ tier: z.string(), number: z.string() }) }).parse(await testContext(h)().store.record(id));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  h = installForgeRuntime(NOW);
  vi.setSystemTime(new Date(NOW));
  vi.stubEnv('VENTANILLA_WEBTRIGGER_SECRET', INTAKE_SECRET);
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  forge = createHandlers(testContext(h));
  msw.use(
    http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
    ...h.jira.handlers(),
    ...botConnectorHandlers(state),
    http.post(FAKE_WEBTRIGGER_URL, async ({ request }) => {
      webTriggerCalls++;
      const headers: Record<string, string[]> = {};
      request.headers.forEach((value, name) => void (headers[name] = [value]));
      const out = await forge.intake({ method: request.method, path: '/', body: await request.text(), headers, queryParameters: {} });
      const outHeaders = new Headers();
      for (const [k, vs] of Object.entries(out.headers)) for (const v of vs) outHeaders.append(k, v);
      return new HttpResponse(out.body, { status: out.statusCode, headers: outHeaders });
    }),
  );
  msw.listen({ onUnhandledRequest: 'error' });
  state.addMember({ ...USERS.ana });
  state.addMember({ ...USERS.carlos });
  app = await startApp({
    config: {
      port: 0, host: '127.0.0.1', dbPath: ':memory:', entra: null, seed: false, staticRoot: null, pulse: null,
      jira: { intakeUrl: FAKE_WEBTRIGGER_URL, intakeSecret: INTAKE_SECRET, notifySecret: NOTIFY_SECRET },
    },
    clock: { now: () => new Date(h.time.now()) },
    logger,
    alarm: new ManualAlarm(),
    pulseAlarm: new ManualAlarm(),
    jiraIntake: { retry: { sleep: async () => undefined } },
  });
  // The Forge variables of the relay (read by JiraNotifier on every notification).
  vi.stubEnv('VENTANILLA_TEAMS_NOTIFY_URL', `${app.url}/api/jira/notifications`);
  vi.stubEnv('VENTANILLA_TEAMS_NOTIFY_SECRET', NOTIFY_SECRET);
});
afterEach(() => {
  expect(h.jira.violations).toEqual([]);
});
afterAll(async () => {
  await app.close();
  msw.close();
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('Jira mode end to end', () => {
  let ticketId = '';
  let number = '';

  it('files from the bot into Jira: the acknowledgement carries the radicado; a repeated activity files once', async () => {
    const activity = submit({ verb: 'intake.submit', ...INTAKE }, { id: 'act-file-1' });
    const ack = await botReply(activity);
    expect(ack).toContain('PQRS-2026-000001');
    const issues = [...h.jira.state.issues.values()].filter((i) => i.summary.startsWith('PQRS-2026-000001 '));
    expect(issues).toHaveLength(1);
    const again = await botReply(activity);
    expect(again).toContain('PQRS-2026-000001');
    expect(webTriggerCalls).toBe(1); // the mirror answered the repeat by its intake key
    const mine = await post('/api/tickets?view=mine', { user: USERS.ana.email });
    expect(mine.status).toBe(200);
    const [first] = items(mine.body);
    expect(first).toMatchObject({ number: 'PQRS-2026-000001', tier: 'N1', jira: { issueKey: expect.stringMatching(/^PQRS-\d+$/) } });
    ticketId = first?.id ?? '';
    number = first?.number ?? '';
    await app.bot?.idle();
    expect(anaMessages()).toEqual([]); // the turn's reply was the acknowledgement
    expect(await app.scheduler.tick()).toBe(0); // no local SLA escalation in Jira mode
    expect(app.scheduler.nextAlarm).toBeNull();
  });

  it('the File tab files through Jira too: Idempotency-Key → one issue, the same ticket on a retry', async () => {
    const calls = webTriggerCalls;
    const body = { ...INTAKE, subject: 'Desde la pestaña', channel: 'web', requester: { name: 'Ana Pérez', email: USERS.ana.email } };
    const first = await post('/api/tickets', { user: USERS.ana.email, json: body, headers: { 'idempotency-key': 'tab-1' } });
    expect(first).toMatchObject({ status: 201, body: { number: 'PQRS-2026-000002', jira: { issueKey: expect.stringMatching(/^PQRS-\d+$/) } } });
    const retry = await post('/api/tickets', { user: USERS.ana.email, json: body, headers: { 'idempotency-key': 'tab-1' } });
    expect(retry).toMatchObject({ status: 200, body: { number: 'PQRS-2026-000002' } });
    expect(webTriggerCalls).toBe(calls + 1);
    expect(items((await post('/api/tickets?view=mine', { user: USERS.ana.email })).body).map((t) => t.number))
      .toEqual(['PQRS-2026-000002', 'PQRS-2026-000001']);
  });

  it('a Forge escalation reaches the requester in Teams and the mirror; "estado" and My requests show it', async () => {
    setTime('2026-03-03T21:30:00.000Z'); // Tuesday 16:30 Bogotá: resolution clock past 75 %
    const report = await forge.escalate({ body: { ticketIds: [ticketId] } });
    expect(report).toMatchObject({ processed: 1, changed: 1 });
    const inJira = await forgeTicket(ticketId);
    expect(inJira.ticket.tier).not.toBe('N1');
    await app.bot?.idle();
    // The resolution clock passed the 75 % and 90 % rules: N1 → N2 → N3, each relayed and sent.
    expect(inJira.ticket.tier).toBe('N3');
    expect(anaMessages()).toHaveLength(2);
    expect(state.cards().map(cardText)).toEqual([
      `La solicitud ${number} pasó del nivel N1 al N2.`,
      `La solicitud ${number} pasó del nivel N2 al N3.`,
    ]);
    const mine = items((await post('/api/tickets?view=mine', { user: USERS.ana.email })).body);
    expect(mine.find((t) => t.id === ticketId)?.tier).toBe('N3');
    expect(await botReply(message(`estado ${number}`, { id: 'act-status-1' }))).toContain(inJira.ticket.tier);
  });

  it('a replayed relay is dropped (200 duplicate, no second message); a forged signature is 401', async () => {
    const n: Notification = {
      kind: 'legalExtended', days: 5, dueDate: '2026-04-01', ticketId, number, locale: 'es',
      requester: { email: USERS.ana.email }, assigneeId: null, tier: 'N2', deliveryKey: `${ticketId}:notify:99:0`,
    };
    const relay = (secret: string) => new TeamsRelay({ url: `${app.url}/api/jira/notifications`, secret, now: () => new Date(h.time.now()), fetch: (u, i) => fetch(u, i) });
    const before = anaMessages().length;
    await relay(NOTIFY_SECRET).send(n);
    await app.bot?.idle();
    expect(anaMessages()).toHaveLength(before + 1);
    await relay(NOTIFY_SECRET).send(n); // same webhook-id: accepted as a duplicate, nothing sent
    await app.bot?.idle();
    expect(anaMessages()).toHaveLength(before + 1);
    const forged = await relay(FORGED).send({ ...n, deliveryKey: `${ticketId}:notify:99:1` }).catch((e: unknown) => e);
    expect(forged instanceof TeamsRelayError && forged.status).toBe(401);
    await app.bot?.idle();
    expect(anaMessages()).toHaveLength(before + 1);
  });

  it('agent work is refused with jira_mode (409, es/en) over HTTP and in the bot', async () => {
    for (const [path, json] of [['/api/tickets?view=queue', undefined], [`/api/tickets/${ticketId}/claim`, {}], ['/api/settings', undefined]] as const) {
      const es = await post(path, { user: 'demo.admin@ventanilla.local', json, headers: { 'accept-language': 'es' } });
      expect([path, es.status]).toEqual([path, 409]);
      expect(es.body).toMatchObject({ error: { code: 'jira_mode', message: expect.stringContaining('modo Jira') } });
    }
    const en = await post('/api/metrics?from=2026-01-01&to=2026-03-01', { headers: { 'accept-language': 'en' } });
    expect(en).toMatchObject({ status: 409, body: { error: { code: 'jira_mode', message: expect.stringContaining('Jira mode') } } });
    expect(await botReply(message('cola', { id: 'act-queue-1', user: 'carlos' }))).toContain('modo Jira');
  });
});
