import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/core/index';
import { ConnectorState } from '../../fakes/bot-connector/connector-state';
import { settle } from '../../fakes/manual-timers';
import { CHANNEL_ID, cardText, connectorServer, execute, message, repliedCards, startHarness, type Harness } from './harness';

/**
 * One story, step by step (each `it` continues the previous one): a requester files in a 1:1
 * chat; an agent subscribes a channel to N2 alerts, works the ticket from cards; the requester is
 * told proactively and rates; the agent answers the weekly pulse.
 */
const state = new ConnectorState();
const msw = connectorServer(state);
let h: Harness;

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'error' });
  h = await startHarness(state);
});
afterAll(async () => {
  await h.close();
  msw.close();
});

const INTAKE = { type: 'reclamo', subject: 'Medidor dañado', description: 'El medidor no marca desde el lunes.', impact: 'media', urgency: 'alta' };
const invokeValue = (body: unknown): string => cardText(Reflect.get(Object(body), 'value'));

async function deliver(): Promise<void> {
  await h.bot.idle();
  await settle();
}

describe('agent work from a team channel', () => {
  it('the requester files from her 1:1 chat', async () => {
    const { body } = await h.post(execute('intake.submit', INTAKE, { user: 'ana' }));
    expect(invokeValue(body)).toContain('PQRS-2026-000001');
    expect(await h.store.get('user', 'ana@example.org')).toMatchObject({ conversation: { id: 'a:personal-aad-ana' } });
  });

  it('an agent subscribes the channel to the N2 alerts (stored as the channel root, not the thread)', async () => {
    const { body } = await h.post(message('alertas N2', { user: 'carlos', where: 'channel' }));
    expect(cardText(repliedCards(body)[0])).toBe('Este canal recibirá las alertas del nivel N2.');
    expect(await h.store.get('channel', 'N2')).toMatchObject({ conversation: { id: CHANNEL_ID } });
  });

  it('a requester cannot subscribe a channel', async () => {
    const { body } = await h.post(message('alertas N3', { user: 'luis', where: 'channel' }));
    expect(cardText(repliedCards(body)[0])).not.toContain('N3');
    expect(await h.store.get('channel', 'N3')).toBeNull();
  });

  it('the queue card lists the ticket with an Open action', async () => {
    const { body } = await h.post(message('cola', { user: 'carlos', where: 'channel' }));
    const card = repliedCards(body)[0];
    expect(cardText(card)).toContain('**PQRS-2026-000001** · Medidor dañado');
    expect(JSON.stringify(card)).toContain('"verb":"ticket.status"');
  });

  it('claim, then escalate with a reason, from the ticket card', async () => {
    const claimed = await h.post(execute('ticket.claim', { ticketId: 't-1' }, { user: 'carlos', where: 'channel' }));
    expect(invokeValue(claimed.body)).toContain('Listo: PQRS-2026-000001 quedó actualizada.');
    expect(invokeValue(claimed.body)).toContain('Asignada a: carlos@example.org');
    const escalated = await h.post(execute('ticket.escalate', { ticketId: 't-1', reason: 'Requiere visita técnica' }, { user: 'carlos', where: 'channel' }));
    expect(invokeValue(escalated.body)).toContain('Nivel: N2');
    expect(h.service.calls.filter((c) => c.method === 'act').map((c) => c.args[1])).toEqual([
      { kind: 'claim' },
      { kind: 'escalate', direction: 'up', reason: 'Requiere visita técnica' },
    ]);
  });

  it('an escalation without a reason is refused before reaching the service', async () => {
    const before = h.service.calls.length;
    const { body } = await h.post(execute('ticket.escalate', { ticketId: 't-1', reason: '  ' }, { user: 'carlos', where: 'channel' }));
    expect(invokeValue(body)).toBe('Escriba el motivo.');
    expect(h.service.calls.length).toBe(before);
  });

  it('a public reply from the card', async () => {
    const { body } = await h.post(execute('ticket.reply', { ticketId: 't-1', message: 'Vamos mañana.', public: 'true' }, { user: 'carlos', where: 'channel' }));
    expect(invokeValue(body)).toContain('quedó actualizada');
    expect(h.service.calls.at(-1)?.args[1]).toEqual({ kind: 'reply', message: 'Vamos mañana.', public: true });
  });

  it('resolving tells the requester proactively, with the CSAT card', async () => {
    state.sent.length = 0;
    await h.post(execute('ticket.resolve', { ticketId: 't-1', resolution: '' }, { user: 'carlos', where: 'channel' }));
    await deliver();
    expect(state.sent.map((s) => s.conversationId)).toEqual(['a:personal-aad-ana', 'a:personal-aad-ana']);
    const [notice, csat] = state.cards();
    expect(cardText(notice)).toBe('Su solicitud PQRS-2026-000001 fue resuelta.');
    expect(cardText(csat)).toContain('¿Cómo le fue con la solicitud PQRS-2026-000001?');
  });

  it('the requester rates from the CSAT card', async () => {
    const { body } = await h.post(execute('csat.submit', { ticketId: 't-1', number: 'PQRS-2026-000001', score: '5', comment: '' }, { user: 'ana' }));
    expect(invokeValue(body)).toBe('¡Gracias por calificar la atención de PQRS-2026-000001!');
    expect(h.service.calls.at(-1)?.args[1]).toEqual({ kind: 'rate', score: 5 });
  });

  it('a CSAT without a score shows the card again with the error', async () => {
    const { body } = await h.post(execute('csat.submit', { ticketId: 't-1', number: 'PQRS-2026-000001', score: '' }, { user: 'ana' }));
    expect(invokeValue(body)).toContain('Seleccione una calificación de 1 a 5.');
  });

  it('a threshold alert goes to the subscribed tier channel', async () => {
    state.sent.length = 0;
    const alert: Notification = {
      kind: 'slaThreshold', key: 't-1:resolution:75', metric: 'resolution', atPercent: 75,
      ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'es', requester: { email: 'ana@example.org' }, assigneeId: null, tier: 'N2',
    };
    await h.bot.notifier.notify(alert);
    await deliver();
    expect(state.sent.map((s) => s.conversationId)).toEqual([CHANNEL_ID]);
    expect(cardText(state.cards()[0])).toBe('PQRS-2026-000001: se consumió el 75 % del tiempo de solución.');
  });

  it('a notification for someone the bot never talked to is logged by ticket id, not sent', async () => {
    state.sent.length = 0;
    await h.bot.notifier.notify({
      kind: 'statusChanged', from: 'open', to: 'inProgress', ticketId: 't-9', number: 'PQRS-2026-000009', locale: 'es',
      requester: { email: 'nadie@example.org' }, assigneeId: null, tier: 'N1',
    });
    await deliver();
    expect(state.sent).toHaveLength(0);
    expect(h.logger.lines.at(-1)).toMatchObject({ message: 'no Teams conversation to notify', fields: { ticketId: 't-9' } });
  });

  it('the weekly pulse reaches an agent with a 1:1 chat and is recorded', async () => {
    await h.post(message('hola', { user: 'carlos' }));
    state.sent.length = 0;
    expect(await h.bot.sendAgentPulse(['carlos@example.org', 'unknown-agent'])).toBe(1);
    await deliver();
    expect(cardText(state.cards()[0])).toContain('Pulso semanal');
    const { body } = await h.post(execute('pulse.submit', { score: '4', comment: 'Buena semana' }, { user: 'carlos' }));
    expect(invokeValue(body)).toBe('Gracias, registramos su pulso de esta semana.');
    expect(h.service.pulses).toEqual([{ actorId: 'carlos@example.org', input: { score: 4, comment: 'Buena semana' } }]);
  });

  it('logs carry ids and codes only, never names or e-mails', () => {
    const logged = JSON.stringify(h.logger.lines);
    expect(logged).not.toMatch(/@example\.org|Ana|Carlos|Medidor/);
  });
});
