/**
 * Jira label changes → reclassification and impact/urgency (ADR 0086), through the real @forge/*
 * runtime fakes and the Jira REST fake: payloads shaped like Forge's `avi:jira:updated:issue`
 * (changelog item `labels`, `fromString`/`toString` space-separated), plus the panel's
 * "Reclasificar", whose label write-back the trigger must skip.
 */
import { kvs } from '@forge/kvs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Level, PqrsKind } from '../../../src/core/index';
import { labelDecision, labelList, labelSetValue } from '../../../src/jira/events/label-changes';
import { createHandlers } from '../../../src/jira/handlers';
import { ownChangeKey } from '../../../src/jira/notifier/jira-notifier';
import { resultSchema } from '../../../src/jira/resolvers/contract';
import { makeContext } from '../../../src/jira/service/context';
import { defaultMapping } from '../../../src/jira/settings/mapping';
import { createdEvent, updatedEvent } from '../../fakes/jira-rest/events';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { testContext, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z'); // Mon 2 March 2026, 09:00 Bogotá
let handlers: ReturnType<typeof createHandlers>;
let ctx: () => ReturnType<typeof makeContext>;

const outcome = z.object({ outcome: z.string() }).loose();
const propertySchema = z.object({ type: z.string(), priority: z.string(), legalDue: z.string().nullable(), legalDueDate: z.string().nullable() }).loose();
const property = (issue: FakeIssue) => propertySchema.parse(issue.properties.get('ventanilla'));
const ticketOf = async (issue: FakeIssue) => {
  const rec = await ctx().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  return rec.ticket;
};
const relabel = (issue: FakeIssue, labels: string, author = 'agent-7') => h().jira.state.change(issue, author, 'labels', labels);

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'lb-');
  handlers = createHandlers(ctx);
});

describe('labelDecision (pure)', () => {
  const m = defaultMapping('PQRS');
  const cur = { type: 'peticion' as PqrsKind, impact: 'media' as Level, urgency: 'media' as Level };
  it.each<[string, string, string, ReturnType<typeof labelDecision>]>([
    ['type label replaced', 'pqrs-peticion', 'pqrs-queja', { type: 'queja', levels: null }],
    ['type label added beside the old one', 'pqrs-peticion', 'pqrs-peticion pqrs-consulta', { type: 'consulta', levels: null }],
    ['type label removed only', 'pqrs-peticion x', 'x', { type: null, levels: null }],
    ['the current type re-added', 'x', 'x pqrs-peticion', { type: null, levels: null }],
    ['two different types added (ambiguous)', '', 'pqrs-queja pqrs-consulta', { type: null, levels: null }],
    ['unknown kind', '', 'pqrs-otra', { type: null, levels: null }],
    ['impact label added', 'pqrs-peticion', 'pqrs-peticion impacto-alta', { type: null, levels: { impact: 'alta', urgency: 'media' } }],
    ['urgency changed', 'urgencia-alta', 'urgencia-baja', { type: null, levels: { impact: 'media', urgency: 'baja' } }],
    ['level label removed keeps the current value', 'impacto-alta', '', { type: null, levels: { impact: 'media', urgency: 'media' } }],
    ['unrelated label', 'impacto-alta', 'impacto-alta vip', { type: null, levels: null }],
  ])('%s', (_name, before, after, want) => {
    expect(labelDecision(m, cur, labelList(before), labelList(after))).toEqual(want);
  });

  it('labelSetValue ignores order and repeats', () => {
    expect(labelSetValue(labelList('b  a b'))).toBe(labelSetValue(['a', 'b']));
  });
});

describe('label changes on a Jira issue → ticket', () => {
  let issue: FakeIssue;

  it('files a petición from its type label (legal due 24 March)', async () => {
    issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Solicito información', labels: ['pqrs-peticion'], priority: 'Medium', reporter: 'cust-1' });
    expect(outcome.parse(await handlers.onIssueEvent(createdEvent(issue))).outcome).toBe('applied');
    expect(property(issue)).toMatchObject({ type: 'peticion', priority: 'P3', legalDueDate: '2026-03-24', legalDue: '2026-03-25T05:00Z' });
  });

  it('a new type label reclassifies: type, legal due and the ventanilla property follow; twice → one effect', async () => {
    h().time.advance(24 * 3_600_000);
    const event = updatedEvent(issue, relabel(issue, 'pqrs-consulta'));
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('applied');
    const t = await ticketOf(issue);
    expect(t.type).toBe('consulta');
    expect(t.legal).toMatchObject({ termDays: 30, dueDate: '2026-04-16' });
    expect(t.history.at(-1)).toMatchObject({ type: 'typeChanged', from: 'peticion', to: 'consulta', actor: { id: 'agent-7', role: 'agent' }, reason: 'Jira: pqrs-consulta' });
    expect(property(issue)).toMatchObject({ type: 'consulta', legalDueDate: '2026-04-16', legalDue: '2026-04-17T05:00Z' });
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('duplicate');
    expect(await ticketOf(issue)).toEqual(t);
  });

  it('removing the type label leaves the type unchanged', async () => {
    const before = await ticketOf(issue);
    await handlers.onIssueEvent(updatedEvent(issue, relabel(issue, 'otro')));
    const after = await ticketOf(issue);
    expect(after.type).toBe('consulta');
    expect(after.history).toHaveLength(before.history.length);
  });

  it('impact/urgency labels change the priority through the matrix (and store the levels)', async () => {
    await handlers.onIssueEvent(updatedEvent(issue, relabel(issue, 'otro impacto-alta urgencia-alta')));
    const t = await ticketOf(issue);
    expect(t).toMatchObject({ priority: 'P1', impact: 'alta', urgency: 'alta', type: 'consulta' });
    expect(t.history.at(-1)).toMatchObject({ type: 'priorityChanged', from: 'P3', to: 'P1' });
    expect(property(issue).priority).toBe('P1');
  });

  it('ignores the app\'s own label write (no loop)', async () => {
    const before = await ticketOf(issue);
    const labels = 'pqrs-queja otro impacto-alta urgencia-alta';
    await kvs.set(ownChangeKey(issue.id, 'labels', labelSetValue(labelList(labels))), true);
    await handlers.onIssueEvent(updatedEvent(issue, relabel(issue, labels, 'app-account')));
    const after = await ticketOf(issue);
    expect(after.type).toBe('consulta');
    expect(after.history).toHaveLength(before.history.length);
    expect(await kvs.get(ownChangeKey(issue.id, 'labels', labelSetValue(labelList(labels))))).toBeUndefined();
  });

  it('the panel\'s Reclasificar writes the type label back; the trigger skips that write', async () => {
    h().setUser('agent-7');
    const raw: unknown = await handlers.resolver(
      { call: { functionKey: 'panelAction', payload: { issueId: issue.id, action: 'reclassify', type: 'reclamo', reason: 'Es un reclamo por un cobro' } }, context: { extension: { type: 'jira:issuePanel' }, locale: 'es_ES' } },
      { principal: { accountId: 'agent-7' } },
    );
    const res = resultSchema('panelAction').parse(raw);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.ticket).toMatchObject({ type: 'reclamo', legal: { dueDate: '2026-03-24' } });
    expect(res.data.timeline.filter((e) => e.type === 'typeChanged').map((e) => e.text)).toEqual(['Tipo: Petición → Consulta', 'Tipo: Consulta → Reclamo']);
    expect([...issue.labels].sort()).toEqual(['impacto-alta', 'otro', 'pqrs-reclamo', 'urgencia-alta']);
    expect(property(issue)).toMatchObject({ type: 'reclamo', legalDueDate: '2026-03-24' });
    const write = issue.changelog.at(-1);
    if (!write) throw new Error('no changelog');
    const marker = ownChangeKey(issue.id, 'labels', labelSetValue(labelList(write.items[0]?.toString)));
    expect(await kvs.get(marker)).toBe(true);
    const before = await ticketOf(issue);
    await handlers.onIssueEvent(updatedEvent(issue, write));
    expect((await ticketOf(issue)).history).toHaveLength(before.history.length);
    expect(await kvs.get(marker)).toBeUndefined(); // recognised as the app's own write
    const edits = h().jira.requests.filter((r) => r.method === 'PUT' && r.template === '/rest/api/3/issue/{issueIdOrKey}');
    expect(edits.at(-1)?.body).toEqual({ update: { labels: [{ remove: 'pqrs-queja' }, { add: 'pqrs-reclamo' }] } });
  });

  it('the panel refuses a reclassification without a type, and to the current type', async () => {
    const call = async (payload: unknown) => resultSchema('panelAction').parse(await handlers.resolver(
      { call: { functionKey: 'panelAction', payload }, context: { extension: { type: 'jira:issuePanel' }, locale: 'en_US' } },
      { principal: { accountId: 'agent-7' } },
    ));
    const noType = await call({ issueId: issue.id, action: 'reclassify', reason: 'x' });
    expect(noType.ok ? null : noType.error.code).toBe('invalid_input');
    const same = await call({ issueId: issue.id, action: 'reclassify', type: 'reclamo', reason: 'x' });
    expect(same.ok ? null : same.error.code).toBe('same_value');
  });
});
