import { describe, expect, it } from 'vitest';
import { ConcurrencyError, replyToTicket, type Ticket } from '../../../src/core/index';
import { InMemoryTicketStore } from '../../fakes/in-memory-ticket-store';
import { AGENT, makeDeps } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

/** A store where another writer gets in before each of our first `races` saves. */
class RacingStore extends InMemoryTicketStore {
  constructor(public races: number) {
    super();
  }
  override async save(ticket: Ticket, expectedVersion: number): Promise<Ticket> {
    if (this.races > 0) {
      this.races -= 1;
      const current = await super.get(ticket.id);
      if (current === null) throw new Error('missing');
      await super.save({ ...current, subject: `${current.subject} (editado)` }, current.version);
      throw new ConcurrencyError(ticket.id, expectedVersion, expectedVersion + 1);
    }
    return super.save(ticket, expectedVersion);
  }
}

describe('optimistic concurrency', () => {
  it('retries from a fresh read when another writer won, keeping both changes', async () => {
    const deps = { ...makeDeps(), store: new RacingStore(0) };
    const t = await fileOne(deps);
    deps.store.races = 1;
    const r = value(await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'hola', public: true }));
    expect(r.subject).toBe('Certificado laboral (editado)');
    expect(r.history.filter((e) => e.type === 'replied')).toHaveLength(1);
    expect(r.version).toBe(5); // file + mark, the other writer, reply + mark (outbox, ADR 0025)
  });

  it('gives up with conflict after repeated losses, notifying nobody', async () => {
    const deps = { ...makeDeps(), store: new RacingStore(0) };
    const t = await fileOne(deps);
    deps.store.races = 10;
    const r = await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'hola', public: true });
    expect(codeOf(r)).toBe('conflict');
    expect(r.ok ? null : r.error).toEqual({ code: 'conflict', messageKey: 'tickets.error.conflict', params: { id: 't-1' } });
    expect(deps.notifier.kinds()).toEqual(['ticketFiled']);
  });

  it('two concurrent replies both land (one retries)', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    await Promise.all([
      replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'uno', public: false }),
      replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'dos', public: false }),
    ]);
    const stored = await deps.store.get(t.id);
    expect(stored?.history.filter((e) => e.type === 'replied').map((e) => e.type === 'replied' && e.message).sort()).toEqual(['dos', 'uno']);
    expect(stored?.version).toBe(4); // file + mark (outbox, ADR 0025), two notes
  });
});
