/**
 * Single-select custom fields as PQRS type / impact / urgency (ADR 0089), through the real @forge/*
 * runtime fakes and the Jira REST fake: the issue's `fields[customfield_…]` is `{ value, id }`,
 * a changelog item carries the custom field id in `fieldId` and the option in `toString`.
 * Precedence: select (set and mapped) > label > default type / Jira priority.
 */
import { kvs } from '@forge/kvs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Level, PqrsKind } from '../../../src/core/index';
import { intakeOf } from '../../../src/jira/events/issue-to-ticket';
import { fromSelect, optionFor, selectDecision, selectOption } from '../../../src/jira/events/select-fields';
import { createHandlers } from '../../../src/jira/handlers';
import { ownChangeKey } from '../../../src/jira/notifier/jira-notifier';
import { resultSchema } from '../../../src/jira/resolvers/contract';
import { makeContext } from '../../../src/jira/service/context';
import { defaultMapping, selectFieldIds, type JiraMapping } from '../../../src/jira/settings/mapping';
import { signWebhook } from '../../../src/jira/webhooks/standard-webhooks';
import { createdEvent, updatedEvent } from '../../fakes/jira-rest/events';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { testContext, useForge } from '../harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const TYPE = 'customfield_10050';
const IMPACT = 'customfield_10051';
const URGENCY = 'customfield_10052';
const levels = { Alto: 'alta', Medio: 'media', Bajo: 'baja' } as const;
const mapping: JiraMapping = {
  ...defaultMapping('PQRS'),
  typeField: { fieldId: TYPE, values: { Petición: 'peticion', Queja: 'queja', Reclamo: 'reclamo', Consulta: 'consulta' } },
  impactField: { fieldId: IMPACT, values: levels },
  urgencyField: { fieldId: URGENCY, values: levels },
};

const h = useForge('2026-03-02T14:00:00Z'); // Mon 2 March 2026, 09:00 Bogotá
let handlers: ReturnType<typeof createHandlers>;
let ctx: () => ReturnType<typeof makeContext>;

const outcome = z.object({ outcome: z.string() }).loose();
const property = (issue: FakeIssue) => z.object({ type: z.string(), priority: z.string() }).loose().parse(issue.properties.get('ventanilla'));
const ticketOf = async (issue: FakeIssue) => {
  const rec = await ctx().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  return rec.ticket;
};
const select = (issue: FakeIssue, fieldId: string, option: string | null, author = 'agent-7') =>
  h().jira.state.changeSelect(issue, author, fieldId, option, fieldId === TYPE ? 'Tipo PQRS' : 'Nivel');
const file = async (input: { labels?: string[]; priority?: string; customFields?: Record<string, string> }) => {
  const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Cobro doble', reporter: 'cust-1', ...input });
  expect(outcome.parse(await handlers.onIssueEvent(createdEvent(issue))).outcome).toBe('applied');
  return issue;
};

beforeAll(async () => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  vi.stubEnv('VENTANILLA_WEBTRIGGER_SECRET', SECRET);
  ctx = testContext(h(), 'sf-');
  handlers = createHandlers(ctx);
  const doc = await ctx().settings.current();
  const saved = await ctx().settings.save(doc.settings, mapping, doc.settings.meta.version, 'admin-1');
  if (!saved.ok) throw new Error(`settings not saved: ${saved.code}`);
});

describe('select field helpers (pure)', () => {
  const cur = { type: 'peticion' as PqrsKind, impact: 'media' as Level, urgency: 'media' as Level };
  it.each<[string, string, string | null, ReturnType<typeof selectDecision>]>([
    ['type option mapped', TYPE, 'Queja', { type: 'queja', levels: null }],
    ['the current type', TYPE, 'Petición', { type: null, levels: null }],
    ['unmapped option', TYPE, 'Otro', { type: null, levels: null }],
    ['cleared', TYPE, null, { type: null, levels: null }],
    ['impact option', IMPACT, 'Alto', { type: null, levels: { impact: 'alta', urgency: 'media' } }],
    ['urgency option', URGENCY, 'Bajo', { type: null, levels: { impact: 'media', urgency: 'baja' } }],
    ['unmapped level', URGENCY, 'Crítico', { type: null, levels: null }],
    ['another custom field', 'customfield_99999', 'Queja', { type: null, levels: null }],
  ])('%s', (_name, fieldId, to, want) => {
    expect(selectDecision(mapping, cur, fieldId, to)).toEqual(want);
  });

  it('reads { value, id } options, ignores other shapes and inherited keys', () => {
    expect(selectOption({ [TYPE]: { value: 'Queja', id: '1' } }, TYPE)).toBe('Queja');
    expect([selectOption({ [TYPE]: null }, TYPE), selectOption({ [TYPE]: 'Queja' }, TYPE), selectOption({}, TYPE)]).toEqual([null, null, null]);
    expect(fromSelect(mapping.typeField, 'toString')).toBeNull();
    expect([optionFor(mapping.typeField, 'reclamo'), optionFor(mapping.typeField, 'sugerencia'), optionFor(null, 'queja')]).toEqual(['Reclamo', null, null]);
    expect(selectFieldIds(mapping)).toEqual([TYPE, IMPACT, URGENCY]);
    expect(selectFieldIds(defaultMapping('PQRS'))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[], string, { type: string; impact: string; urgency: string }]>([
    ['select beats label and priority', { [TYPE]: { value: 'Queja' }, [IMPACT]: { value: 'Bajo' } }, ['pqrs-reclamo', 'impacto-alta'], 'Highest', { type: 'queja', impact: 'baja', urgency: 'alta' }],
    ['unset select → label', { [TYPE]: null }, ['pqrs-reclamo', 'urgencia-baja'], 'Medium', { type: 'reclamo', impact: 'media', urgency: 'baja' }],
    ['unmapped option → label', { [TYPE]: { value: 'Otro' } }, ['pqrs-consulta'], 'Medium', { type: 'consulta', impact: 'media', urgency: 'media' }],
    ['nothing → default type and priority', {}, [], 'Low', { type: 'peticion', impact: 'media', urgency: 'baja' }],
  ])('intakeOf: %s', (_name, fields, labels, priority, want) => {
    const issue = { id: '1', key: 'PQRS-1', fields: { ...fields, labels, priority: { name: priority }, summary: 's' } };
    expect(intakeOf(issue, mapping)).toMatchObject(want);
  });
});

describe('select fields on a Jira issue → ticket', () => {
  let issue: FakeIssue;

  it('files the ticket from the select fields (they win over labels) and asks Jira for those fields', async () => {
    issue = await file({ labels: ['pqrs-peticion', 'impacto-baja'], priority: 'Lowest', customFields: { [TYPE]: 'Queja', [IMPACT]: 'Alto', [URGENCY]: 'Alto' } });
    expect(await ticketOf(issue)).toMatchObject({ type: 'queja', impact: 'alta', urgency: 'alta', priority: 'P1' });
    expect(property(issue)).toMatchObject({ type: 'queja', priority: 'P1' });
    const read = h().jira.requests.filter((r) => r.method === 'GET' && r.template === '/rest/api/3/issue/{issueIdOrKey}').at(-1);
    expect(new URL(read?.path ?? '', 'https://x').searchParams.get('fields')?.split(',')).toEqual(expect.arrayContaining([TYPE, IMPACT, URGENCY, 'labels']));
  });

  it('an unset select falls back to the label', async () => {
    const other = await file({ labels: ['pqrs-reclamo'], priority: 'Medium' });
    expect(await ticketOf(other)).toMatchObject({ type: 'reclamo', priority: 'P3' });
  });

  it('a new type option reclassifies; the ventanilla property follows; the same event twice → one effect', async () => {
    h().time.advance(3_600_000);
    const event = updatedEvent(issue, select(issue, TYPE, 'Reclamo'));
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('applied');
    const t = await ticketOf(issue);
    expect(t.type).toBe('reclamo');
    expect(t.history.at(-1)).toMatchObject({ type: 'typeChanged', from: 'queja', to: 'reclamo', actor: { id: 'agent-7', role: 'agent' }, reason: 'Jira: Tipo PQRS = Reclamo' });
    expect(property(issue).type).toBe('reclamo');
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('duplicate');
    expect(await ticketOf(issue)).toEqual(t);
  });

  it.each([['an unmapped option', 'Otro'], ['a cleared field', null]])('%s changes nothing', async (_name, option) => {
    const before = await ticketOf(issue);
    await handlers.onIssueEvent(updatedEvent(issue, select(issue, TYPE, option)));
    expect(await ticketOf(issue)).toEqual(before);
  });

  it('impact/urgency options change the priority through the matrix, only when it differs', async () => {
    await handlers.onIssueEvent(updatedEvent(issue, select(issue, URGENCY, 'Bajo')));
    const t = await ticketOf(issue);
    expect(t).toMatchObject({ impact: 'alta', urgency: 'baja', priority: 'P3', type: 'reclamo' }); // preset matrix: alta × baja = P3
    expect(t.history.at(-1)).toMatchObject({ type: 'priorityChanged', from: 'P1', to: 'P3' });
    expect(property(issue).priority).toBe('P3');
    const unchanged = await ticketOf(issue);
    await handlers.onIssueEvent(updatedEvent(issue, select(issue, URGENCY, 'Bajo')));
    expect((await ticketOf(issue)).history).toHaveLength(unchanged.history.length);
  });

  it('skips the app\'s own write of the field (no loop)', async () => {
    const before = await ticketOf(issue);
    await kvs.set(ownChangeKey(issue.id, TYPE, 'Consulta'), true);
    await handlers.onIssueEvent(updatedEvent(issue, select(issue, TYPE, 'Consulta', 'app-account')));
    expect(await ticketOf(issue)).toEqual(before);
    expect(await kvs.get(ownChangeKey(issue.id, TYPE, 'Consulta'))).toBeUndefined();
  });

  it('the panel\'s Reclasificar also sets the type option; both echoes are skipped', async () => {
    h().setUser('agent-7');
    const edits = () => h().jira.requests.filter((r) => r.method === 'PUT' && r.template === '/rest/api/3/issue/{issueIdOrKey}');
    const editsBefore = edits().length;
    const changesBefore = issue.changelog.length;
    const raw: unknown = await handlers.resolver(
      { call: { functionKey: 'panelAction', payload: { issueId: issue.id, action: 'reclassify', type: 'queja', reason: 'Es una queja' } }, context: { extension: { type: 'jira:issuePanel' }, locale: 'es_ES' } },
      { principal: { accountId: 'agent-7' } },
    );
    expect(resultSchema('panelAction').parse(raw)).toMatchObject({ ok: true, data: { ticket: { type: 'queja' } } });
    expect(edits()).toHaveLength(editsBefore + 1); // labels and the field in one edit
    expect(issue.customFields.get(TYPE)).toBe('Queja');
    expect(issue.labels).toContain('pqrs-queja');
    const writes = issue.changelog.slice(changesBefore);
    expect(writes.length).toBeGreaterThan(0);
    const marker = ownChangeKey(issue.id, TYPE, 'Queja');
    expect(await kvs.get(marker)).toBe(true);
    const before = await ticketOf(issue);
    for (const w of writes) await handlers.onIssueEvent(updatedEvent(issue, w));
    expect((await ticketOf(issue)).history).toHaveLength(before.history.length);
    expect(await kvs.get(marker)).toBeUndefined(); // recognised as the app's own write
  });
});

describe('web-trigger intake with a type select field', () => {
  let n = 0;
  const intake = (type: string) => {
    const body = JSON.stringify({ type, subject: 'Cobro doble', description: 'Dos cobros.', impact: 'alta', urgency: 'media', requester: { name: 'Ana', email: 'ana@example.org' } });
    const id = `msg_sf_${++n}`;
    const signed = signWebhook(SECRET, id, new Date(h().time.now()), body);
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries({ ...signed, 'content-type': 'application/json' })) headers[k] = [v];
    return handlers.intake({ method: 'POST', path: '/', body, headers, queryParameters: {} });
  };
  const lastCreate = () => h().jira.requests.filter((r) => r.method === 'POST' && r.template === '/rest/api/3/issue').at(-1);

  it('sets the option that maps to the type besides the labels; the created event files nothing new', async () => {
    expect((await intake('queja')).statusCode).toBe(201);
    const body = z.object({ fields: z.record(z.string(), z.unknown()) }).parse(lastCreate()?.body);
    expect(body.fields[TYPE]).toEqual({ value: 'Queja' });
    expect(body.fields.labels).toEqual(expect.arrayContaining(['pqrs-queja']));
    const issue = [...h().jira.state.issues.values()].at(-1);
    if (!issue) throw new Error('no issue');
    expect(issue.customFields.get(TYPE)).toBe('Queja');
    const before = await ctx().store.getByIssueId(issue.id);
    await handlers.onIssueEvent(createdEvent(issue));
    const after = await ctx().store.getByIssueId(issue.id);
    expect(after?.ticketId).toBe(before?.ticketId);
    expect(after?.ticket).toMatchObject({ type: 'queja', channel: 'api' });
  });

  it('omits the field when no option maps to the type', async () => {
    expect((await intake('sugerencia')).statusCode).toBe(201);
    const body = z.object({ fields: z.record(z.string(), z.unknown()) }).parse(lastCreate()?.body);
    expect(TYPE in body.fields).toBe(false);
    expect(body.fields.labels).toEqual(expect.arrayContaining(['pqrs-sugerencia']));
  });
});
