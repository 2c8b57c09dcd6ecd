import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/index';
import { serviceErrorBody } from '../../../src/teams/service/errors';
import { ConnectorState } from '../../fakes/bot-connector/connector-state';
import { settle } from '../../fakes/manual-timers';
import {
  cardText, connectorServer, execute, message, repliedCards, startHarness, submit, type Harness,
} from './harness';

const state = new ConnectorState();
const msw = connectorServer(state);
let h: Harness;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());
afterEach(async () => {
  await h?.close();
  state.reset();
});

async function fresh(): Promise<Harness> {
  h = await startHarness(state);
  return h;
}

/** Posts an expectReplies message and returns the text of the single card answered. */
async function say(text: string, options: Parameters<typeof message>[1] = {}): Promise<string> {
  const { status, body } = await h.post(message(text, options));
  expect(status).toBe(200);
  const cards = repliedCards(body);
  expect(cards).toHaveLength(1);
  return cardText(cards[0]);
}

const INTAKE = { type: 'queja', subject: 'Cobro doble', description: 'Me cobraron dos veces la factura de marzo.', impact: 'alta', urgency: 'alta' };

describe('text commands (anonymous bot, expectReplies answered in the HTTP body)', () => {
  const cases: { text: string; locale?: string; where?: 'personal' | 'channel'; user?: 'ana' | 'carlos'; expected: string }[] = [
    { text: 'hola', expected: '¡Hola! Soy Ventanilla' },
    { text: 'Ayuda', expected: 'nueva solicitud' },
    { text: 'hi', locale: 'en-US', expected: "Hi! I'm Ventanilla" },
    { text: 'nueva solicitud', expected: 'Nueva solicitud PQRS' },
    { text: 'New request', locale: 'en-US', expected: 'New PQRS request' },
    { text: 'mis solicitudes', expected: 'No tiene solicitudes radicadas.' },
    { text: 'my requests', locale: 'en-GB', expected: 'You have no requests yet.' },
    { text: 'estado', expected: 'Escriba el radicado, por ejemplo: estado PQRS-2026-000123' },
    { text: '¿qué tal el clima?', expected: 'No entendí su mensaje.' },
    { text: 'what?', locale: 'en-US', expected: "I didn't understand your message." },
    { text: 'alertas N2', expected: 'Use este comando en un canal de equipo.' },
    { text: 'pulso', expected: 'Pulso semanal' },
    { text: 'cola', user: 'carlos', expected: 'No hay solicitudes abiertas.' },
    { text: 'queue n3', user: 'carlos', locale: 'en-US', expected: 'Request queue · N3' },
  ];
  it.each(cases)('$text ($locale) → "$expected"', async ({ text, locale, where, user, expected }) => {
    await fresh();
    const answer = await say(text, { locale, where, user });
    expect(answer).toContain(expected);
  });

  it('an unknown radicado answers with the service error message, in the chat language', async () => {
    await fresh();
    expect(await say('estado PQRS-2026-999999')).toBe(serviceErrorBody({ code: 'not_found' }, 'es').error.message);
    expect(await say('status PQRS-2026-999999', { locale: 'en-US' })).toBe(serviceErrorBody({ code: 'not_found' }, 'en').error.message);
    expect(h.service.tickets).toHaveLength(0);
  });

  it('a requester asking for the queue is refused (the service decides, the bot translates)', async () => {
    await fresh();
    expect(await say('cola')).toBe(serviceErrorBody({ code: 'forbidden' }, 'es').error.message);
    expect(h.service.calls.filter((c) => c.method === 'listQueue')).toHaveLength(1);
  });
});

describe('filing a request from the card', () => {
  it('Action.Execute files the ticket and answers the acknowledgement card in the invoke response', async () => {
    await fresh();
    const { status, body } = await h.post(execute('intake.submit', INTAKE, { id: 'act-file-1' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const text = cardText(Reflect.get(Object(body), 'value'));
    expect(text).toContain('Solicitud radicada · PQRS-2026-000001');
    expect(text).toContain('Prioridad: P1 · crítica');
    expect(text).toContain('Vence (término legal): 2026-03-23');
    expect(h.service.calls[0]).toEqual({
      method: 'fileTicket',
      args: [
        { ...INTAKE, channel: 'teams', requester: { name: 'Ana Pérez', email: 'ana@example.org' } },
        'ana@example.org',
        'teams:a:personal-aad-ana:act-file-1',
      ],
    });
  });

  it('a Teams retry of the same activity id never files twice', async () => {
    await fresh();
    const activity = execute('intake.submit', INTAKE, { id: 'act-retried' });
    const first = await h.post(activity);
    const second = await h.post(activity);
    expect(h.service.tickets).toHaveLength(1);
    expect(cardText(Reflect.get(Object(first.body), 'value'))).not.toContain('ya estaba radicada');
    expect(cardText(Reflect.get(Object(second.body), 'value'))).toContain('Esta solicitud ya estaba radicada');
    expect(cardText(Reflect.get(Object(second.body), 'value'))).toContain('PQRS-2026-000001');
  });

  it('the Action.Submit fallback files the same way (message with value)', async () => {
    await fresh();
    const { body } = await h.post(submit({ verb: 'intake.submit', ...INTAKE }, { id: 'act-submit-1', locale: 'en-US' }));
    const text = cardText(repliedCards(body)[0]);
    expect(text).toContain('Request filed · PQRS-2026-000001');
    expect(text).toContain('Priority: P1 · critical');
  });

  const invalid: { name: string; data: Record<string, unknown>; field: string }[] = [
    { name: 'empty subject', data: { ...INTAKE, subject: '   ' }, field: 'Escriba un asunto (máximo 200 caracteres).' },
    { name: 'unknown type', data: { ...INTAKE, type: 'queja-falsa' }, field: 'Seleccione el tipo de solicitud.' },
    { name: 'missing urgency', data: { ...INTAKE, urgency: '' }, field: 'Seleccione la urgencia.' },
    { name: 'subject too long', data: { ...INTAKE, subject: 'x'.repeat(201) }, field: 'Escriba un asunto' },
  ];
  it.each(invalid)('$name: validated again on the server, the form comes back with the error', async ({ data, field }) => {
    await fresh();
    const { body } = await h.post(execute('intake.submit', data));
    const card = Reflect.get(Object(body), 'value');
    const text = cardText(card);
    expect(text).toContain('Revise los campos marcados.');
    expect(text).toContain(field);
    expect(JSON.stringify(card)).toContain(JSON.stringify(data.description));
    expect(h.service.tickets).toHaveLength(0);
  });

  it('the ticketFiled notification of a bot-filed ticket is not sent again proactively', async () => {
    await fresh();
    await h.post(execute('intake.submit', INTAKE));
    await h.bot.idle();
    await settle();
    expect(state.sent).toHaveLength(0);
  });

  it('after filing, "mis solicitudes" and "estado" show the ticket', async () => {
    await fresh();
    await h.post(execute('intake.submit', INTAKE));
    expect(await say('mis solicitudes')).toContain('PQRS-2026-000001');
    const status = await say('estado pqrs-2026-000001');
    expect(status).toContain(`Estado: ${t('es', 'tickets.status.open')}`);
    expect(status).toContain('Asunto: Cobro doble');
    expect(await say('estado PQRS-2026-000001', { user: 'luis' })).not.toContain('Cobro doble');
  });
});

describe('replies without expectReplies go through the Bot Connector', () => {
  it('a normal message is answered with a POST to /v3/conversations/{id}/activities/{replyToId}', async () => {
    await fresh();
    const { status } = await h.post(message('hola', { id: 'act-normal', expectReplies: false }));
    expect(status).toBe(200);
    expect(state.sent).toHaveLength(1);
    expect(state.sent[0]).toMatchObject({ conversationId: 'a:personal-aad-ana', replyToId: 'act-normal', authorization: null });
    expect(cardText(state.cards()[0])).toContain('¡Hola! Soy Ventanilla');
  });

  it('welcomes a user who installs the bot in a personal chat', async () => {
    await fresh();
    const update = {
      ...message('', { expectReplies: true }), type: 'conversationUpdate', text: undefined,
      membersAdded: [{ id: '29:ana' }],
    };
    const { body } = await h.post(update);
    expect(cardText(repliedCards(body)[0])).toContain('¡Hola! Soy Ventanilla');
  });
});
