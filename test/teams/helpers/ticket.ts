/** A valid ticket with fixed defaults, for store and scheduler tests. */
import type { Ticket } from '../../../src/core/index';

export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  const id = overrides.id ?? 't-1';
  const at = overrides.createdAt ?? '2026-03-02T14:00:00.000Z';
  return {
    id,
    number: `PQRS-2026-${id.replace(/\D/g, '').padStart(6, '0') || '000001'}`,
    intakeKey: `test:${id}`,
    type: 'peticion',
    subject: 'Asunto',
    description: 'Descripción',
    impact: 'media',
    urgency: 'media',
    priority: 'P3',
    channel: 'web',
    status: 'open',
    tier: 'N1',
    assigneeId: null,
    category: null,
    locale: 'es',
    requester: { name: 'Ana', email: 'ana@example.org' },
    receivedAt: at,
    legal: null,
    history: [{ type: 'created', at, actor: { id: 'ana@example.org', role: 'requester' }, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' }],
    fired: [],
    csat: null,
    nextWakeUpAt: null,
    breached: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
