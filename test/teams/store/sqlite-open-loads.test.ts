import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openLoadsOf, type TicketStatus } from '../../../src/core/index';
import { VentanillaDb } from '../../../src/teams/store/database';
import { SqliteTicketStore } from '../../../src/teams/store/sqlite-ticket-store';
import { InMemoryTicketStore } from '../../fakes/in-memory-ticket-store';
import { aTicket } from '../helpers/ticket';

const open: VentanillaDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const STATUSES: TicketStatus[] = ['open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved', 'closed'];
const AGENTS = ['ana', 'luis', 'eva'];

describe('SqliteTicketStore.openLoads', () => {
  it('counts open tickets per assignee in one query, like the core fallback over list()', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ assignee: fc.constantFrom<string | null>(null, ...AGENTS), status: fc.constantFrom(...STATUSES) }), { maxLength: 25 }),
        fc.subarray(['ana', 'luis', 'eva', 'nadie']),
        fc.nat(30),
        async (rows, asked, excluded) => {
          const db = new VentanillaDb(':memory:');
          open.push(db);
          const sqlite = new SqliteTicketStore(db);
          const reference = new InMemoryTicketStore();
          for (const [i, row] of rows.entries()) {
            const ticket = aTicket({
              id: `t-${i}`, number: `PQRS-2026-${String(i + 1).padStart(6, '0')}`, intakeKey: `k-${i}`,
              assigneeId: row.assignee, status: row.status,
            });
            await sqlite.create(ticket);
            await reference.create(ticket);
          }
          // The reference store has no openLoads: openLoadsOf counts its list({ status: 'open' }).
          expect('openLoads' in reference).toBe(false);
          const expected = await openLoadsOf(reference, asked, `t-${excluded}`);
          expect(await openLoadsOf(sqlite, asked, `t-${excluded}`)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers nothing for no ids', async () => {
    const db = new VentanillaDb(':memory:');
    open.push(db);
    expect(await new SqliteTicketStore(db).openLoads([])).toEqual({});
  });
});
