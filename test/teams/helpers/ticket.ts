/**
 * `aTicket()` of test/fakes/builders.ts for the Teams store and scheduler tests, numbered after
 * its id (`t-7` → PQRS-2026-000007) so tickets made without a number stay unique in SQLite.
 */
import type { Ticket } from '../../../src/core/index';
import { aTicket as aStoredTicket } from '../../fakes/builders';

export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  const id = overrides.id ?? 't-1';
  return aStoredTicket({ number: `PQRS-2026-${id.replace(/\D/g, '').padStart(6, '0') || '000001'}`, subject: 'Asunto', ...overrides });
}
