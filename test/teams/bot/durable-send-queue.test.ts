import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/core/index';
import { VentanillaDb } from '../../../src/teams/store/database';
import { SqliteSendQueueStore } from '../../../src/teams/store/send-queue-store';
import { ConnectorState } from '../../fakes/bot-connector/connector-state';
import { settle, until } from '../../fakes/manual-timers';
import { FixedClock } from '../../fakes/clock';
import { addUser, cardText, connectorServer, type Harness, startHarness, T0 } from './harness';

/**
 * ADR 0088: proactive messages are stored before the hand-off resolves and deleted after the Bot
 * Connector's 2xx; a restart on the same database file sends what was left, once, in order, with
 * the same rate limits and Retry-After. "Crash" = the process stops without draining: its timers
 * never fire again and the connection is dropped.
 */
const state = new ConnectorState();
const msw = connectorServer(state);
let dir: string;
let open: { h: Harness; db: VentanillaDb }[] = [];
let boots = 0;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ventanilla-send-queue-'));
  open = [];
});
afterEach(async () => {
  for (const { h, db } of open) {
    await h.close();
    db.close();
  }
  state.reset();
  rmSync(dir, { recursive: true, force: true });
});

/** One server process on the database file. */
async function boot(): Promise<{ h: Harness; db: VentanillaDb; store: SqliteSendQueueStore }> {
  const db = new VentanillaDb(join(dir, 'ventanilla.db'));
  // Message ids are unique across processes (random UUIDs in production).
  const process = ++boots;
  let n = 0;
  const store = new SqliteSendQueueStore(db, new FixedClock(T0));
  const h = await startHarness(state, { limits: { maxAttempts: 3 } }, { sendStore: store, ids: { newId: () => `boot-${process}-msg-${++n}` } });
  open.push({ h, db });
  return { h, db, store };
}

/** The process dies: no drain, no more timers; the file stays. */
async function crash(p: { h: Harness; db: VentanillaDb }): Promise<void> {
  open = open.filter((x) => x.h !== p.h);
  await p.h.close();
  p.db.close();
}


function extended(email: string, days: number, ticket: number, deliveryKey?: string): Notification {
  return {
    kind: 'legalExtended', days, dueDate: '2026-04-10', ticketId: `t-${ticket}`, number: `PQRS-2026-${String(ticket).padStart(6, '0')}`,
    locale: 'es', requester: { email }, assigneeId: null, tier: 'N1', ...(deliveryKey === undefined ? {} : { deliveryKey }),
  };
}

/** Per conversation, the `days` of the cards Teams accepted, in order. */
function sentPerConversation(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  state.sent.forEach((s, i) => {
    const days = Number(/prorrogó (\d+) días/.exec(cardText(state.cards()[i]))?.[1]);
    (out[s.conversationId] ??= []).push(days);
  });
  return out;
}

const rows = (db: VentanillaDb) => db.db.prepare('SELECT count(*) FROM bot_send_queue').pluck().get();

describe('durable send queue', () => {
  it('20 messages, crash before they were all sent, restart on the same file: all 20 delivered exactly once, in order per conversation', async () => {
    const first = await boot();
    const [a, b] = [await addUser(first.h, 1), await addUser(first.h, 2)];
    for (let days = 1; days <= 10; days += 1) {
      await first.h.bot.notifier.notify(extended(a, days, 1));
      await first.h.bot.notifier.notify(extended(b, 100 + days, 2));
    }
    // Every hand-off is stored once notify resolved; 7/s per conversation went out at once.
    await until(() => state.sent.length === 14 && rows(first.db) === 6);
    await crash(first);

    const second = await boot();
    expect(await second.h.bot.resumed).toBe(6);
    // A new process starts with empty rate windows: the 3 left per conversation go at once.
    await second.h.bot.idle();
    expect(sentPerConversation()).toEqual({
      'a:conv-1': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      'a:conv-2': [101, 102, 103, 104, 105, 106, 107, 108, 109, 110],
    });
    expect(rows(second.db)).toBe(0);
    expect(second.h.logger.lines).toContainEqual({ level: 'info', message: 'resuming queued proactive messages', fields: { count: 6 } });
  });

  it('a crash with nothing sent yet: the restart keeps 7/s per conversation over the 20 stored messages', async () => {
    const first = await boot();
    const email = await addUser(first.h, 1);
    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 60, instantSdkRetry: true });
    for (let days = 1; days <= 20; days += 1) await first.h.bot.notifier.notify(extended(email, days, 1));
    await until(() => first.h.logger.lines.some((l) => l.level === 'warn'));
    expect(rows(first.db)).toBe(20);
    await crash(first);

    const second = await boot();
    expect(await second.h.bot.resumed).toBe(20);
    await settle();
    expect(state.sent).toHaveLength(7);
    await second.h.timers.advance(999);
    expect(state.sent).toHaveLength(7);
    await second.h.timers.advance(1);
    expect(state.sent).toHaveLength(14);
    await second.h.timers.advance(1000);
    await second.h.bot.idle();
    expect(sentPerConversation()).toEqual({ 'a:conv-1': Array.from({ length: 20 }, (_, i) => i + 1) });
    expect(rows(second.db)).toBe(0);
  });

  it('after a restart a 429 still holds the conversation for Retry-After, and the message is sent once', async () => {
    const first = await boot();
    const email = await addUser(first.h, 1);
    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 60, instantSdkRetry: true });
    await first.h.bot.notifier.notify(extended(email, 1, 1));
    await until(() => first.h.logger.lines.some((l) => l.level === 'warn'));
    await crash(first);

    // Teams still throttles the conversation after the restart: 1 try + 3 SDK retries get 429.
    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 3, instantSdkRetry: true });
    const second = await boot();
    await second.h.bot.notifier.notify(extended(await addUser(second.h, 2), 2, 2));
    await until(() => state.sent.length === 1 && second.h.logger.lines.some((l) => l.level === 'warn'));
    expect(state.sent.map((s) => s.conversationId)).toEqual(['a:conv-2']);
    expect(second.h.logger.lines).toContainEqual({ level: 'warn', message: 'proactive send throttled by Teams (429)', fields: { waitMs: 3000, attempt: 1 } });
    await second.h.timers.advance(2999);
    expect(state.sent).toHaveLength(1);
    await second.h.timers.advance(1);
    await second.h.bot.idle();
    expect(state.sent.map((s) => s.conversationId)).toEqual(['a:conv-2', 'a:conv-1']);
    expect(rows(second.db)).toBe(0);
  });

  it('the same notification handed over again (the outbox redelivers after a crash) is sent once, before or after its send', async () => {
    const first = await boot();
    const email = await addUser(first.h, 1);
    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 60, instantSdkRetry: true });
    await first.h.bot.notifier.notify(extended(email, 5, 1, 't-1:outbox:1'));
    await until(() => first.h.logger.lines.some((l) => l.level === 'warn'));
    await crash(first);

    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 3, instantSdkRetry: true });
    const second = await boot();
    await addUser(second.h, 1);
    await until(() => second.h.logger.lines.some((l) => l.level === 'warn'));
    // Still queued (held by Retry-After): the repeat maps to the same stable id.
    await second.h.bot.notifier.notify(extended(email, 5, 1, 't-1:outbox:1'));
    expect(rows(second.db)).toBe(1);
    await second.h.timers.advance(3000);
    await second.h.bot.idle();
    expect(sentPerConversation()).toEqual({ 'a:conv-1': [5] });
    expect(rows(second.db)).toBe(0);
    // Already sent: the "sent" marker turns a later repeat into a no-op.
    await second.h.bot.notifier.notify(extended(email, 5, 1, 't-1:outbox:1'));
    await second.h.bot.idle();
    expect(rows(second.db)).toBe(0);
    expect(sentPerConversation()).toEqual({ 'a:conv-1': [5] });
  });

  it('a message Teams keeps refusing is given up after maxAttempts and deleted (no endless retry on every restart)', async () => {
    const first = await boot();
    const email = await addUser(first.h, 1);
    state.throttle('a:conv-1', { times: 100 });
    await first.h.bot.notifier.notify(extended(email, 1, 7));
    await settle(20);
    await first.h.timers.advance(1000);
    await first.h.timers.advance(2000);
    await first.h.bot.idle();
    expect(state.sent).toHaveLength(0);
    expect(rows(first.db)).toBe(0);
    expect(first.h.logger.lines.at(-1)).toMatchObject({ level: 'error', message: 'proactive message failed', fields: { ticketId: 't-7', status: 429 } });
  });
});
