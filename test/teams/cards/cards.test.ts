import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Notification } from '../../../src/core/index';
import {
  ackCard, csatCard, intakeFormCard, messageCard, myRequestsCard, notificationCard, pulseCard, queueCard, SUBMIT_SCHEMAS,
  ticketCard, isVerb, welcomeCard, INTAKE_FIELDS, LIST_LIMIT, type AdaptiveCard, type Verb,
} from '../../../src/teams/cards/index';
import type { TicketView } from '../../../src/teams/service/types';

const VIEW: TicketView = {
  id: 't-1', number: 'PQRS-2026-000001', type: 'queja', status: 'open', priority: 'P2', impact: 'alta', urgency: 'media',
  tier: 'N1', channel: 'teams', category: null, locale: 'es',
  legal: { dueDate: '2026-03-23', dueAt: '2026-03-24T05:00:00.000Z', termDays: 15, extensionDays: 0, extended: false, canExtend: true, maxExtensionDays: 15, breached: false },
  sla: [{ metric: 'firstResponse', state: 'running', goalMs: 1, elapsedMs: 0, remainingMs: 1, dueAt: '2026-03-02T19:00:00.000Z', breachedAt: null }],
  breached: false, subject: 'Cobro doble', description: 'Dos cobros', requester: { name: 'Ana', email: 'ana@example.org' },
  assigneeId: null, receivedAt: '2026-03-02T15:00:00.000Z', createdAt: '2026-03-02T15:00:00.000Z', updatedAt: '2026-03-02T15:00:00.000Z',
  history: [], csat: null, nextWakeUpAt: null, version: 1,
};
const NOTIFICATION: Notification = {
  kind: 'resolved', csatRequested: true, ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'es',
  requester: { email: 'ana@example.org' }, assigneeId: null, tier: 'N1',
};

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
function walk(node: unknown, visit: (n: Node, path: string) => void, path = '$'): void {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, visit, `${path}[${i}]`));
  else if (isNode(node)) {
    visit(node, path);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${path}.${key}`);
  }
}
const nodes = (card: unknown, type: string) => {
  const out: Node[] = [];
  walk(card, (n) => { if (n.type === type) out.push(n); });
  return out;
};
const inputs = (card: unknown) => {
  const out: Node[] = [];
  walk(card, (n) => { if (typeof n.type === 'string' && n.type.startsWith('Input.')) out.push(n); });
  return out;
};

const CARDS: { name: string; card: AdaptiveCard }[] = (['es', 'en'] as const).flatMap((locale) => [
  { name: `welcome ${locale}`, card: welcomeCard(locale) },
  { name: `welcome not understood ${locale}`, card: welcomeCard(locale, { notUnderstood: true }) },
  { name: `intake form ${locale}`, card: intakeFormCard(locale) },
  { name: `intake form with errors ${locale}`, card: intakeFormCard(locale, { values: { subject: 'x' }, errors: { subject: 'bad' } }) },
  { name: `ack ${locale}`, card: ackCard(locale, VIEW, true) },
  { name: `ack repeated ${locale}`, card: ackCard(locale, VIEW, false) },
  { name: `ticket requester ${locale}`, card: ticketCard(locale, VIEW) },
  { name: `ticket agent ${locale}`, card: ticketCard(locale, VIEW, { agent: true, notice: 'ok' }) },
  { name: `my requests ${locale}`, card: myRequestsCard(locale, [VIEW, { ...VIEW, id: 't-2', number: 'PQRS-2026-000002' }]) },
  { name: `my requests empty ${locale}`, card: myRequestsCard(locale, []) },
  { name: `queue ${locale}`, card: queueCard(locale, [VIEW], 'N1') },
  { name: `csat ${locale}`, card: csatCard(locale, { ticketId: 't-1', number: VIEW.number }) },
  { name: `pulse ${locale}`, card: pulseCard(locale) },
  { name: `message ${locale}`, card: messageCard('ok', 'good') },
  { name: `notification ${locale}`, card: notificationCard(locale, NOTIFICATION) },
]);

describe('every card', () => {
  it.each(CARDS)('$name: Adaptive Card 1.5, schema URL, non-empty body', ({ card }) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(card.body.length).toBeGreaterThan(0);
    walk(card, (n) => { if (n.type === 'AdaptiveCard') expect(n.version).toBe('1.5'); });
  });

  it.each(CARDS)('$name: every Action.Execute has an Action.Submit fallback with the same verb and data', ({ card }) => {
    for (const action of nodes(card, 'Action.Execute')) {
      expect(isVerb(action.verb)).toBe(true);
      expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: { ...(isNode(action.data) ? action.data : {}), verb: action.verb } });
    }
    expect(nodes(card, 'Action.Submit').length).toBe(nodes(card, 'Action.Execute').length);
  });

  it.each(CARDS)('$name: input ids are unique and every input has a label', ({ card }) => {
    const ids = inputs(card).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of inputs(card)) expect(typeof (input.label ?? input.title)).toBe('string');
  });

  it.each(CARDS)('$name: no untranslated catalogue key leaks into the text', ({ card }) => {
    expect(JSON.stringify(card)).not.toMatch(/"(bot|tickets)\.[a-zA-Z.]+"/);
  });
});

describe('inputs match the zod schema of their submit', () => {
  /** Each Execute's data merged with the inputs of the card it belongs to must be what its schema reads. */
  const withSubmits = CARDS.flatMap(({ name, card }) => {
    const out: { name: string; verb: Verb; data: Node; inputs: Node[] }[] = [];
    walk(card, (n) => {
      if (n.type !== 'AdaptiveCard') return;
      const own = inputs({ ...n, actions: [] });
      const actions = Array.isArray(n.actions) ? n.actions.filter(isNode) : [];
      for (const action of actions) {
        if (action.type === 'Action.Execute' && isNode(action.data) && isVerb(action.verb)) out.push({ name, verb: action.verb, data: action.data, inputs: own });
      }
    });
    return out;
  });

  it.each(withSubmits)('$name → $verb: input ids are fields of the schema; required inputs are required there', ({ verb, data, inputs: own }) => {
    const schema = SUBMIT_SCHEMAS[verb];
    const shape = schema instanceof z.ZodObject ? schema.shape : {};
    for (const input of own) {
      expect(Object.keys(shape)).toContain(input.id);
      if (input.isRequired === true) {
        const withoutIt = Object.fromEntries(own.filter((i) => i !== input).map((i) => [String(i.id), String(i.value ?? sample(i))]));
        expect(schema.safeParse({ ...data, ...withoutIt }).success).toBe(false);
      }
    }
    const filled = Object.fromEntries(own.map((i) => [String(i.id), String(i.value || sample(i))]));
    expect(schema.safeParse({ ...data, ...filled }).success).toBe(true);
  });

  it('the intake form has exactly the intake fields', () => {
    expect(inputs(intakeFormCard('es')).map((i) => i.id)).toEqual([...INTAKE_FIELDS]);
  });
});

/** A valid value for an input: its first choice, "true" for toggles, text otherwise. */
function sample(input: Node): string {
  if (input.type === 'Input.ChoiceSet' && Array.isArray(input.choices) && isNode(input.choices[0])) return String(input.choices[0].value);
  if (input.type === 'Input.Toggle') return 'true';
  return 'texto de prueba';
}

describe('content', () => {
  it('the acknowledgement shows radicado, priority and legal due date; the SLA due in Teams date functions', () => {
    const text = JSON.stringify(ackCard('es', VIEW, true));
    expect(text).toContain('Solicitud radicada · PQRS-2026-000001');
    expect(text).toContain('P2 · alta');
    expect(text).toContain('2026-03-23');
    expect(text).toContain('{{DATE(2026-03-02T19:00:00Z, SHORT)}} {{TIME(2026-03-02T19:00:00Z)}}');
  });

  it('a type without a legal term says so', () => {
    expect(JSON.stringify(ackCard('en', { ...VIEW, type: 'felicitacion', legal: null }, true))).toContain('No legal term');
  });

  it(`lists show at most ${LIST_LIMIT} rows and say how many more`, () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...VIEW, id: `t-${i}`, number: `PQRS-2026-${String(i).padStart(6, '0')}` }));
    const card = queueCard('es', many);
    expect(nodes(card, 'Container')).toHaveLength(LIST_LIMIT);
    expect(JSON.stringify(card)).toContain('Y 3 más en la pestaña Cola del equipo.');
  });

  it('agents get claim, reply, escalate and resolve; requesters only the status action', () => {
    const verbs = (card: unknown) => nodes(card, 'Action.Execute').map((a) => a.verb);
    expect(verbs(ticketCard('es', VIEW, { agent: true }))).toEqual(['ticket.claim', 'ticket.reply', 'ticket.escalate', 'ticket.resolve']);
    expect(verbs(ticketCard('es', VIEW))).toEqual(['ticket.status']);
  });

  it('Spanish and English differ and both are complete', () => {
    expect(JSON.stringify(csatCard('es', { ticketId: 't', number: 'N' }))).toContain('Calificación');
    expect(JSON.stringify(csatCard('en', { ticketId: 't', number: 'N' }))).toContain('Rating');
  });
});
