import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorState } from '../../fakes/bot-connector/connector-state';
import { cardText, connectorServer, execute, message, repliedCards, startHarness, submit, type Harness } from './harness';

/**
 * ADR 0088: the intake form carries a one-time `formId`; every submit of one form files one
 * ticket (transcripts through the real CloudAdapter, msw faking the Bot Connector).
 */
const state = new ConnectorState();
const msw = connectorServer(state);
let h: Harness;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());
afterEach(async () => {
  await h.close();
  state.reset();
});

const INTAKE = { type: 'queja', subject: 'Cobro doble', description: 'Me cobraron dos veces la factura de marzo.', impact: 'alta', urgency: 'alta' };

async function fresh(): Promise<Harness> {
  let n = 0;
  h = await startHarness(state, {}, { ids: { newId: () => `form-token-${++n}` } });
  return h;
}

/** Opens the form with "nueva solicitud" and returns the submit action of the card. */
async function openForm(): Promise<{ verb: unknown; data: Record<string, unknown>; fallback: Record<string, unknown> }> {
  const { body } = await h.post(message('nueva solicitud'));
  const card = repliedCards(body)[0];
  const action: unknown = Array.isArray(card?.actions) ? card.actions[0] : null;
  if (!action || typeof action !== 'object') throw new Error('form without action');
  const data: unknown = Reflect.get(action, 'data');
  const fallback: unknown = Reflect.get(action, 'fallback');
  return { verb: Reflect.get(action, 'verb'), data: { ...Object(data) }, fallback: { ...Object(Reflect.get(Object(fallback), 'data')) } };
}

const invokeCard = (body: unknown): unknown => Reflect.get(Object(body), 'value');

/** Every node of a card with a `type`, flattened. */
function nodes(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    if (typeof Reflect.get(node, 'type') === 'string') out.push({ ...node });
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(card);
  return out;
}

describe('one ticket per intake form', () => {
  it('the form sent by the bot carries the token from the ids port, in Action.Execute and in its Submit fallback', async () => {
    await fresh();
    const form = await openForm();
    expect(form.verb).toBe('intake.submit');
    expect(form.data).toEqual({ formId: 'form-token-1' });
    expect(form.fallback).toEqual({ formId: 'form-token-1', verb: 'intake.submit' });
  });

  it('two Action.Submit clicks (two activities, two ids) with the same formId → one ticket, two identical acknowledgements', async () => {
    await fresh();
    const { fallback } = await openForm();
    const first = await h.post(submit({ ...fallback, ...INTAKE }, { id: 'act-click-1' }));
    const second = await h.post(submit({ ...fallback, ...INTAKE }, { id: 'act-click-2' }));
    expect(h.service.tickets).toHaveLength(1);
    const [a, b] = [repliedCards(first.body), repliedCards(second.body)];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(cardText(a[0])).toContain('Solicitud radicada · PQRS-2026-000001');
    const keys = h.service.calls.filter((c) => c.method === 'fileTicket').map((c) => c.args[2]);
    expect(keys).toEqual(['form:a:personal-aad-ana:form-token-1', 'form:a:personal-aad-ana:form-token-1']);
  });

  it('two concurrent Action.Submit clicks still file one ticket', async () => {
    await fresh();
    const { fallback } = await openForm();
    const answers = await Promise.all([
      h.post(submit({ ...fallback, ...INTAKE }, { id: 'act-race-1' })),
      h.post(submit({ ...fallback, ...INTAKE }, { id: 'act-race-2' })),
    ]);
    expect(h.service.tickets).toHaveLength(1);
    expect(repliedCards(answers[1].body)).toEqual(repliedCards(answers[0].body));
  });

  it('two Action.Execute invokes → one ticket; the form is replaced by a read-only "radicada" card', async () => {
    await fresh();
    const { data } = await openForm();
    const first = await h.post(execute('intake.submit', { ...data, ...INTAKE }, { id: 'act-exec-1' }));
    const second = await h.post(execute('intake.submit', { ...data, ...INTAKE }, { id: 'act-exec-2' }));
    expect(h.service.tickets).toHaveLength(1);
    expect(first.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(invokeCard(second.body)).toEqual(invokeCard(first.body));
    const card = invokeCard(first.body);
    const text = cardText(card);
    expect(text).toContain('Solicitud radicada · PQRS-2026-000001');
    expect(text).toContain('Formulario enviado: ya no se puede enviar otra vez.');
    const all = nodes(card);
    expect(all.filter((n) => String(n.type).startsWith('Input.'))).toEqual([]);
    expect(all.filter((n) => n.verb === 'intake.submit' || n.verb === 'intake.open')).toEqual([]);
  });

  it('a form shown again with errors keeps its token, so fixing it and clicking twice still files once', async () => {
    await fresh();
    const { data } = await openForm();
    const rejected = await h.post(execute('intake.submit', { ...data, ...INTAKE, subject: '' }));
    const again = invokeCard(rejected.body);
    expect(cardText(again)).toContain('Revise los campos marcados.');
    expect(nodes(again).filter((n) => n.verb === 'intake.submit').map((n) => n.data)).toEqual([{ formId: 'form-token-1' }]);
    await h.post(execute('intake.submit', { ...data, ...INTAKE }));
    await h.post(submit({ ...data, verb: 'intake.submit', ...INTAKE }));
    expect(h.service.tickets).toHaveLength(1);
  });

  it('each new form gets its own token: two forms file two tickets', async () => {
    await fresh();
    const one = await openForm();
    const two = await openForm();
    await h.post(execute('intake.submit', { ...one.data, ...INTAKE }));
    await h.post(execute('intake.submit', { ...two.data, ...INTAKE }));
    expect(h.service.tickets.map((t) => t.number)).toEqual(['PQRS-2026-000001', 'PQRS-2026-000002']);
  });

  const badTokens: { name: string; formId: unknown }[] = [
    { name: 'too short', formId: 'abc' },
    { name: 'too long', formId: 'x'.repeat(65) },
    { name: 'bad characters', formId: 'form token:1' },
    { name: 'not a string', formId: 42 },
  ];
  it.each(badTokens)('a token that is $name is refused at the edge, nothing is filed', async ({ formId }) => {
    await fresh();
    const { body } = await h.post(execute('intake.submit', { ...INTAKE, formId }));
    expect(cardText(invokeCard(body))).toBe('Este formulario no es válido. Escriba "nueva solicitud" para abrir uno nuevo.');
    expect(h.service.calls.filter((c) => c.method === 'fileTicket')).toHaveLength(0);
  });

  it('an old card without a token keeps the activity-id key (a Teams retry of one activity still files once)', async () => {
    await fresh();
    const activity = submit({ verb: 'intake.submit', ...INTAKE }, { id: 'act-old-1' });
    await h.post(activity);
    await h.post(activity);
    await h.post(submit({ verb: 'intake.submit', ...INTAKE }, { id: 'act-old-2' }));
    const keys = h.service.calls.filter((c) => c.method === 'fileTicket').map((c) => c.args[2]);
    expect(keys).toEqual(['teams:a:personal-aad-ana:act-old-1', 'teams:a:personal-aad-ana:act-old-1', 'teams:a:personal-aad-ana:act-old-2']);
    expect(h.service.tickets).toHaveLength(2);
  });
});
