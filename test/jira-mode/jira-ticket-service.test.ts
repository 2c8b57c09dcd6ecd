/**
 * The Jira-mode TicketService over a fake intake client and the real SQLite mirror: filing keeps
 * the answer in the mirror (idempotent by intake key), reads come from the mirror with the same
 * visibility as standalone, and every agent-side call is refused with `jira_mode` (409, es/en).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { toTicketView } from '../../src/core/index';
import { createJiraTicketService } from '../../src/teams/jira-mode/jira-ticket-service';
import { SqliteJiraMirror } from '../../src/teams/jira-mode/sqlite-jira-mirror';
import { remoteTicketSchema, type RemoteFiled, type RemoteTicket } from '../../src/teams/jira-mode/intake-client';
import { serviceErrorBody, statusForCode } from '../../src/teams/service/errors';
import type { Actor, ServiceResult, TicketService } from '../../src/teams/service/types';
import { VentanillaDb } from '../../src/teams/store/database';
import { aSettings, aTicket } from '../fakes/builders';

const NOW = '2026-03-02T14:00:00.000Z';
const ana: Actor = { id: 'aad-ana', name: 'Ana', email: 'Ana@Example.org', roles: ['requester'], locale: 'es' };
const luis: Actor = { id: 'aad-luis', name: 'Luis', email: 'luis@example.org', roles: ['requester'], locale: 'es' };
const agent: Actor = { id: 'agent-1', name: 'Carla', email: 'carla@example.org', roles: ['requester', 'agent'], locale: 'en' };
const INTAKE = { type: 'queja', subject: 'Cobro doble', description: 'Me cobraron dos veces.', impact: 'alta', urgency: 'media', channel: 'teams',
  requester: { name: 'Ana', email: 'ana@example.org' } };

/** The web trigger's answer: the core's ticket view plus the Jira issue. */
function remoteView(n = 1): RemoteTicket {
  const ticket = aTicket({ id: `t-${n}`, number: `PQRS-2026-${String(n).padStart(6, '0')}`, intakeKey: `k-${n}`,
    requester: { name: 'Ana', email: 'ana@example.org' } });
  return remoteTicketSchema.parse({ ...toTicketView(ticket, aSettings(), new Date(NOW)), jira: { issueId: `1000${n}`, issueKey: `PQRS-${n}` } });
}

let calls: { intake: unknown; key: string }[];
let answer: ServiceResult<RemoteFiled>;
let service: TicketService;
let mirror: SqliteJiraMirror;

beforeEach(() => {
  calls = [];
  answer = { ok: true, value: { ticket: remoteView(), created: true } };
  mirror = new SqliteJiraMirror(new VentanillaDb(':memory:'));
  service = createJiraTicketService({
    roles: { identify: async (i) => ({ ...i, roles: ['requester'] }) },
    client: { file: async (intake, key) => { calls.push({ intake, key }); return answer; } },
    mirror,
  });
});

describe('filing in Jira mode', () => {
  it('files through the client and mirrors the answer; the same intake key answers from the mirror', async () => {
    const first = await service.fileTicket(INTAKE, ana, 'teams:conv:act-1', 'es');
    expect(first).toMatchObject({ ok: true, value: { created: true, ticket: { number: 'PQRS-2026-000001', jira: { issueKey: 'PQRS-1' } } } });
    const again = await service.fileTicket(INTAKE, ana, 'teams:conv:act-1', 'es');
    expect(again).toMatchObject({ ok: true, value: { created: false, ticket: { id: 't-1' } } });
    expect(calls.map((c) => c.key)).toEqual(['teams:conv:act-1']);
    expect(await mirror.get('t-1')).toMatchObject({ source: 'bot', requesterEmail: 'ana@example.org', requesterUserId: 'aad-ana', issueKey: 'PQRS-1' });
  });

  it('validates locally first: a bad intake never reaches Jira (invalid_request with localized issues)', async () => {
    const r = await service.fileTicket({ ...INTAKE, impact: 'enorme' }, ana, 'api:x', 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_request');
    expect(r.error.issues?.map((i) => i.path)).toContain('impact');
    expect(calls).toEqual([]);
  });

  it.each([
    ['jira_unavailable', 503, 'Jira no respondió; su solicitud no se radicó. Intente de nuevo en unos minutos.'],
    ['jira_intake_unauthorized', 502, 'Jira rechazó la conexión del servidor de Teams (bad_signature). Un administrador debe revisar el secreto compartido.'],
  ])('maps the client failure %s to HTTP %i with a Jira-mode message', async (code, status, message) => {
    answer = { ok: false, error: { code, params: { status: 0, reason: 'bad_signature' } } };
    const r = await service.fileTicket(INTAKE, ana, 'api:y', 'es');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(statusForCode(r.error.code)).toBe(status);
    expect(serviceErrorBody(r.error, 'es').error).toEqual({ code, message });
    expect(await mirror.getByIntakeKey('api:y')).toBeNull();
  });

  it('refuses an answer that is not a ticket view (jira_bad_response), mirroring nothing', async () => {
    answer = { ok: true, value: { ticket: { ...remoteView(), status: 'weird' }, created: true } };
    const r = await service.fileTicket(INTAKE, ana, 'api:z', 'es');
    expect(r).toMatchObject({ ok: false, error: { code: 'jira_bad_response' } });
    expect(await mirror.get('t-1')).toBeNull();
  });
});

describe('reading the mirror', () => {
  it('the requester sees their own (by id, radicado, list); someone else gets not found; staff see it', async () => {
    await service.fileTicket(INTAKE, ana, 'api:tab-1', 'es');
    expect(await service.get('t-1', ana)).toMatchObject({ ok: true, value: { number: 'PQRS-2026-000001' } });
    expect(await service.getByNumber('pqrs-2026-000001 ', ana)).toMatchObject({ ok: true });
    expect((await service.listMine(ana))).toMatchObject({ ok: true, value: [{ id: 't-1' }] });
    expect(await service.get('t-1', luis)).toMatchObject({ ok: false, error: { code: 'ticket_not_found' } });
    expect(await service.listMine(luis)).toEqual({ ok: true, value: [] });
    expect(await service.getByNumber('PQRS-2026-000001', agent)).toMatchObject({ ok: true });
    expect(await mirror.get('t-1')).toMatchObject({ source: 'api' });
  });
});

describe('agent work is refused in Jira mode', () => {
  const calls: [string, (s: TicketService) => Promise<ServiceResult<unknown>>][] = [
    ['listQueue', (s) => s.listQueue({}, agent)],
    ['act (claim)', (s) => s.act('t-1', { kind: 'claim' }, agent)],
    ['act (rate, requester)', (s) => s.act('t-1', { kind: 'rate', score: 5 }, ana)],
    ['metrics', (s) => s.metrics({ from: '2026-01-01', to: '2026-02-01' }, agent)],
    ['semiannualCsv', (s) => s.semiannualCsv({ from: '2026-01-01', to: '2026-07-01' }, agent)],
    ['getSettings', (s) => s.getSettings(agent)],
    ['saveSettings', (s) => s.saveSettings({}, agent)],
    ['preview', (s) => s.preview({}, agent)],
    ['recordPulse', (s) => s.recordPulse({ score: 4 }, agent)],
  ];
  it.each(calls)('%s → jira_mode (409), "use Jira" in es and en', async (_name, call) => {
    const r = await call(service);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('jira_mode');
    expect(statusForCode(r.error.code)).toBe(409);
    expect(serviceErrorBody(r.error, 'es').error.message).toContain('modo Jira');
    expect(serviceErrorBody(r.error, 'en').error.message).toContain('do this in Jira');
  });
});
