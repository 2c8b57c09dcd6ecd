import { calendarFor, calendarSpecOf, type Actor, type Ticket, type TicketHistoryEntry } from '../../../src/core/index';
import { aSettings, aTicket } from '../../fakes/builders';

export const settings = aSettings();
export const calendar = calendarFor(calendarSpecOf(settings, 'bogota'));
const A: Actor = { id: 'a1', role: 'agent' };
const R: Actor = { id: 'ana@example.org', role: 'requester' };

const created = (at: string, priority: Ticket['priority'] = 'P3'): TicketHistoryEntry =>
  ({ type: 'created', at, actor: R, status: 'open', priority, tier: 'N1', channel: 'web' });
const assigned = (at: string, to: string): TicketHistoryEntry => ({ type: 'assigned', at, actor: A, from: null, to, reason: null });
const reply = (at: string, by: 'agent' | 'requester' = 'agent'): TicketHistoryEntry =>
  ({ type: 'replied', at, actor: by === 'agent' ? A : R, by, public: true, message: 'x' });
const resolved = (at: string, resolution: string | null = null): TicketHistoryEntry => ({ type: 'resolved', at, actor: A, from: 'inProgress', resolution });
const status = (at: string, from: Ticket['status'], to: Ticket['status']): TicketHistoryEntry => ({ type: 'statusChanged', at, actor: A, from, to, reason: null });

function tk(id: string, type: Ticket['type'], channel: Ticket['channel'], receivedAt: string, history: TicketHistoryEntry[], patch: Partial<Ticket> = {}): Ticket {
  const last = history.at(-1)?.at ?? receivedAt;
  let current: Ticket['status'] = 'open';
  for (const e of history) {
    if (e.type === 'statusChanged' || e.type === 'reopened') current = e.to;
    if (e.type === 'resolved') current = 'resolved';
  }
  return aTicket({ id, intakeKey: id, number: `N-${id}`, type, channel, receivedAt, createdAt: receivedAt, updatedAt: last, history, status: current, ...patch });
}

/**
 * Six tickets around the week Mon 2026-03-02 … Fri 2026-03-06 (Bogotá office 08–12, 14–17).
 * Times in comments are Bogotá local.
 */
export const TICKETS: Ticket[] = [
  // T1 petición web, Mon 09:00; a1; reply 10:00; resolved 11:00 (no text); CSAT 5
  tk('T1', 'peticion', 'web', '2026-03-02T14:00:00.000Z',
    [created('2026-03-02T14:00:00.000Z'), assigned('2026-03-02T14:00:00.000Z', 'a1'), reply('2026-03-02T15:00:00.000Z'), resolved('2026-03-02T16:00:00.000Z')],
    { assigneeId: 'a1', csat: { score: 5, comment: null, at: '2026-03-03T15:00:00.000Z' } }),
  // T2 queja teams, Mon 14:00; reply 15:00; resolved Tue 09:00 with an answer text; CSAT 3
  tk('T2', 'queja', 'teams', '2026-03-02T19:00:00.000Z',
    [created('2026-03-02T19:00:00.000Z'), reply('2026-03-02T20:00:00.000Z'), resolved('2026-03-03T14:00:00.000Z', 'Respuesta de fondo')],
    { csat: { score: 3, comment: null, at: '2026-03-03T16:00:00.000Z' } }),
  // T3 petición teams, Wed 09:00; a1; never answered
  tk('T3', 'peticion', 'teams', '2026-03-04T14:00:00.000Z', [created('2026-03-04T14:00:00.000Z'), assigned('2026-03-04T14:00:00.000Z', 'a1')], { assigneeId: 'a1' }),
  // T4 consulta email, Thu 09:00; requester writes 09:30; agent reply 14:00 → inProgress
  tk('T4', 'consulta', 'email', '2026-03-05T14:00:00.000Z',
    [created('2026-03-05T14:00:00.000Z'), reply('2026-03-05T14:30:00.000Z', 'requester'), reply('2026-03-05T19:00:00.000Z'), status('2026-03-05T19:00:00.000Z', 'open', 'inProgress')]),
  // T5 felicitación web, Fri 2026-02-20 09:00, still open (before the March window)
  tk('T5', 'felicitacion', 'web', '2026-02-20T14:00:00.000Z', [created('2026-02-20T14:00:00.000Z')]),
  // T6 petición web, Fri 03-06 16:00, open
  tk('T6', 'peticion', 'web', '2026-03-06T21:00:00.000Z', [created('2026-03-06T21:00:00.000Z')]),
];

/** Fri 2026-03-06 17:00 Bogotá. */
export const NOW = new Date('2026-03-06T22:00:00.000Z');
