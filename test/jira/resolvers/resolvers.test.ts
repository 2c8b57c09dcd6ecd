/**
 * The Custom UI resolvers through the real `@forge/resolver` definitions (the shape Forge invokes:
 * `{ call: { functionKey, payload }, context }` + the runtime payload with the principal), every
 * answer parsed with the contract's envelope schema.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/jira/handlers';
import { resultSchema, type ResolverName } from '../../../src/jira/resolvers/contract';
import { z } from 'zod';
import { testContext, useForge } from '../harness';

const h = useForge('2026-03-02T15:00:00.000Z'); // Mon 10:00 Bogotá
let handlers: ReturnType<typeof createHandlers>;
let ctx: ReturnType<typeof testContext>;
let issueId = '';

async function invoke<K extends ResolverName>(name: K, payload: unknown, opts: { module?: string; account?: string; locale?: string } = {}) {
  const account = opts.account ?? 'agent-7';
  h().setUser(account);
  const raw: unknown = await handlers.resolver(
    { call: { functionKey: name, payload }, context: { extension: { type: opts.module ?? 'jira:issuePanel' }, locale: opts.locale ?? 'es_ES' } },
    { principal: { accountId: account } },
  );
  return resultSchema(name).parse(raw);
}
function data<D>(r: { ok: true; data: D } | { ok: false; error: unknown }): D {
  if (!r.ok) throw new Error(`resolver failed: ${JSON.stringify(r)}`);
  return r.data;
}

beforeAll(async () => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'rs-');
  handlers = createHandlers(ctx);
  const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Solicitud de copia', labels: ['pqrs-peticion'], priority: 'Medium', reporter: 'cust-1' });
  issueId = issue.id;
  await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id } });
});

describe('panel resolvers', () => {
  it('getPanel returns the ticket view, timeline, allowed actions and the calendar', async () => {
    const panel = data(await invoke('getPanel', { issueId }));
    expect(panel.ticket).toMatchObject({ type: 'peticion', priority: 'P3', tier: 'N1', channel: 'jira' });
    expect(panel.actions).toEqual({ pause: true, resume: false, extend: true, tierUp: true, tierDown: false });
    expect(panel.timeline[0]).toMatchObject({ type: 'created', text: 'Solicitud radicada (P3, N1)' });
    expect(panel.calendar?.timeZone).toBe('America/Bogota');
    expect(panel.legalExtension).toEqual({ used: false, days: 0, maxDays: 15 });
  });

  it('getPanel on an issue that is not a ticket answers ticket: null', async () => {
    const panel = data(await invoke('getPanel', { issueId: '999999' }));
    expect(panel.ticket).toBeNull();
    expect(panel.actions.pause).toBe(false);
  });

  it('pause (with reason) → paused state and timeline; resume; tier up; extend once', async () => {
    const paused = data(await invoke('panelAction', { issueId, action: 'pause', reason: 'Falta la cédula' }));
    expect(paused.paused?.reason).toBe('Falta la cédula');
    expect(paused.actions).toMatchObject({ pause: false, resume: true });
    expect(paused.ticket?.sla.every((c) => c.state === 'paused' || c.state === 'met')).toBe(true);
    expect(h().jira.state.issues.get(issueId)?.properties.get('ventanilla')).toMatchObject({ paused: 'true' });
    const resumed = data(await invoke('panelAction', { issueId, action: 'resume', reason: 'Llegó la cédula' }));
    expect(resumed.paused).toBeNull();
    const up = data(await invoke('panelAction', { issueId, action: 'tierUp', reason: 'Requiere concepto jurídico' }));
    expect(up.ticket?.tier).toBe('N2');
    const extended = data(await invoke('panelAction', { issueId, action: 'extend', reason: 'Se requiere una prueba pericial del medidor', days: 10 }));
    expect(extended.legalExtension).toMatchObject({ used: true, days: 10 });
    const twice = await invoke('panelAction', { issueId, action: 'extend', reason: 'Otra prórroga por una segunda prueba', days: 5 }, { locale: 'en_US' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'already_extended' } });
  });

  it('rejects a payload that breaks the contract, naming the field', async () => {
    const r = await invoke('panelAction', { issueId, action: 'pause', reason: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'reason' }] } });
  });
});

describe('settings resolvers', () => {
  it('getSettings only from the admin page; reports whether the caller is a Jira admin', async () => {
    expect(await invoke('getSettings', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const s = data(await invoke('getSettings', {}, { module: 'jira:adminPage', account: 'admin-1' }));
    expect(s.isAdmin).toBe(true);
    expect(s.meta).toEqual({ version: 1, updatedAt: null, updatedBy: null });
    expect(s.projects.map((p) => p.key)).toContain('PQRS');
    expect(s.jira).toMatchObject({ enabledProjects: ['PQRS'] });
  });

  it('saveSettings: non-admins are refused (server-side check), invalid fields are named, valid saves are versioned', async () => {
    const current = data(await invoke('getSettings', {}, { module: 'jira:adminPage', account: 'admin-1' }));
    const asAgent = await invoke('saveSettings', { settings: current.settings, jira: current.jira, expectedVersion: 1 }, { module: 'jira:adminPage', account: 'agent-7' });
    expect(asAgent).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const invalid = await invoke('saveSettings', { settings: { ...current.settings, initialTier: 'N9' }, jira: { ...current.jira, enabledProjects: ['bad key'] }, expectedVersion: 1 }, { module: 'jira:adminPage', account: 'admin-1' });
    expect(invalid.ok).toBe(false);
    const paths = invalid.ok ? [] : (invalid.error.issues ?? []).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['initialTier', 'jira.enabledProjects.0']));
    const queued = h().queue.pending.length;
    const policies = z.array(z.looseObject({ goals: z.looseObject({ resolution: z.looseObject({ P3: z.number() }) }) })).parse(current.settings.slaPolicies);
    for (const p of policies) p.goals.resolution.P3 = 60; // one business hour
    const before = (await ctx().store.getByIssueId(issueId))?.ticket.nextWakeUpAt;
    const saved = data(await invoke('saveSettings', { settings: { ...current.settings, slaPolicies: policies }, jira: current.jira, expectedVersion: 1 }, { module: 'jira:adminPage', account: 'admin-1' }));
    expect(saved.meta).toEqual({ version: 2, updatedAt: '2026-03-02T15:00:00.000Z', updatedBy: 'admin-1' });
    expect(saved.recompute).toMatchObject({ status: 'queued' }); // one job event, paced by the consumer (ADR 0082)
    expect(h().queue.pending.length).toBe(queued + 1);
    await h().queue.deliverDue(handlers.escalate);
    const after = (await ctx().store.getByIssueId(issueId))?.ticket.nextWakeUpAt;
    expect(after).not.toBe(before); // the open ticket was recomputed under the new goal
    const stale = await invoke('saveSettings', { settings: { ...current.settings, slaPolicies: policies }, jira: current.jira, expectedVersion: 1 }, { module: 'jira:adminPage', account: 'admin-1' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'settings_conflict' } });
  });

  it('previewSettings answers the what-if in the caller\'s language', async () => {
    const current = data(await invoke('getSettings', {}, { module: 'jira:adminPage', account: 'admin-1' }));
    const input = { settings: current.settings, type: 'queja', impact: 'alta', urgency: 'alta', at: '2026-03-02T15:00:00.000Z' };
    const es = data(await invoke('previewSettings', input, { module: 'jira:adminPage', account: 'admin-1' }));
    const en = data(await invoke('previewSettings', input, { module: 'jira:adminPage', account: 'admin-1', locale: 'en-US' }));
    expect(es).toMatchObject({ priority: 'P1', tier: 'N1', legal: { dueDate: '2026-03-24' } });
    expect(es.summary).toMatch(/^Radicada ahora como Queja de prioridad P1/);
    expect(en.summary).toMatch(/^Filed now as a P1 · /);
    const bad = await invoke('previewSettings', { ...input, settings: { nope: true } }, { module: 'jira:adminPage' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_settings' } });
  });
});

describe('queue resolvers', () => {
  it('lists open tickets by time to breach, filters, and lets an agent claim and assign', async () => {
    const second = h().jira.state.create({ projectKey: 'PQRS', summary: 'Urgente', labels: ['pqrs-queja'], priority: 'Highest', reporter: 'cust-2' });
    await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: second.id } });
    const queue = data(await invoke('getQueue', {}, { module: 'jira:projectPage' }));
    expect(queue.items.map((i) => i.issueId).sort()).toEqual([issueId, second.id].sort());
    const ttb = queue.items.map((i) => i.timeToBreachMs ?? Number.POSITIVE_INFINITY);
    expect(ttb).toEqual([...ttb].sort((a, b) => a - b));
    const quejas = data(await invoke('getQueue', { type: 'queja' }, { module: 'jira:projectPage' }));
    expect(quejas.items.map((i) => i.issueKey)).toEqual([second.key]);
    const ticketId = queue.items[0]?.ticket.id ?? '';
    const claimed = data(await invoke('claim', { ticketId }, { module: 'jira:projectPage', account: 'agent-7' }));
    expect(claimed.ticket.assigneeId).toBe('agent-7');
    const assigned = data(await invoke('assign', { ticketId, assigneeId: 'agent-8' }, { module: 'jira:projectPage' }));
    expect(assigned.ticket.assigneeId).toBe('agent-8');
    const mine = data(await invoke('getQueue', { assigneeId: 'agent-8' }, { module: 'jira:projectPage' }));
    expect(mine.items).toHaveLength(1);
  });
});

describe('report resolvers', () => {
  it('getMetrics returns the nine metrics for the range; getSemiannualCsv the report in the caller\'s language', async () => {
    h().time.advance(3600_000); // the window ends at now; the tickets were filed an hour ago
    const m = data(await invoke('getMetrics', { from: '2026-03-01', to: '2026-04-01' }, { module: 'jira:projectPage' }));
    expect(m).toMatchObject({ volume: { total: 2 }, backlog: { total: 2 } });
    const es = data(await invoke('getSemiannualCsv', { from: '2026-01-01', to: '2026-07-01' }, { module: 'jira:projectPage' }));
    const en = data(await invoke('getSemiannualCsv', { from: '2026-01-01', to: '2026-07-01' }, { module: 'jira:projectPage', locale: 'en-US' }));
    expect(es.filename).toBe('pqrs-2026-01-01-2026-07-01.csv');
    expect(es.csv.split('\r\n')[0]).toMatch(/^Tipo,/);
    expect(en.csv).not.toBe(es.csv);
    expect(await invoke('getMetrics', { from: '2026-04-01', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
