import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/core/index';
import { ConnectorState } from '../../fakes/bot-connector/connector-state';
import { settle, until } from '../../fakes/manual-timers';
import { addUser, cardText, connectorServer, type Harness, startHarness } from './harness';

/**
 * Proactive sends through the real CloudAdapter to the msw Bot Connector, with the clock and
 * timers under the test's control: 7/s per conversation, 50/s per app+tenant, Retry-After on 429.
 */
const state = new ConnectorState();
const msw = connectorServer(state);
let h: Harness;

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());
beforeEach(async () => {
  h = await startHarness(state, { limits: { maxAttempts: 3 } });
});
afterEach(async () => {
  await h.close();
  state.reset();
});


function extended(email: string, days: number, ticket = 1): Notification {
  return {
    kind: 'legalExtended', days, dueDate: '2026-04-10', ticketId: `t-${ticket}`, number: `PQRS-2026-${String(ticket).padStart(6, '0')}`,
    locale: 'es', requester: { email }, assigneeId: null, tier: 'N1',
  };
}

const daysSent = () => state.cards().map((card) => Number(/prorrogó (\d+) días/.exec(cardText(card))?.[1]));

describe('proactive rate limits', () => {
  it('at most 7 messages per second to one conversation, in order', async () => {
    const email = await addUser(h, 1);
    for (let days = 1; days <= 20; days += 1) await h.bot.notifier.notify(extended(email, days));
    await settle();
    expect(state.sent).toHaveLength(7);
    await h.timers.advance(999);
    expect(state.sent).toHaveLength(7);
    await h.timers.advance(1);
    expect(state.sent).toHaveLength(14);
    await h.timers.advance(1000);
    expect(state.sent).toHaveLength(20);
    expect(daysSent()).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('at most 50 messages per second per app and tenant, across conversations', async () => {
    for (let i = 1; i <= 60; i += 1) await h.bot.notifier.notify(extended(await addUser(h, i), i, i));
    await settle(20);
    expect(state.sent).toHaveLength(50);
    await h.timers.advance(1000);
    expect(state.sent).toHaveLength(60);
    expect(new Set(state.sent.map((s) => s.conversationId)).size).toBe(60);
  });

  it('a 429 holds that conversation for Retry-After seconds, others keep going', async () => {
    const throttled = await addUser(h, 1);
    const other = await addUser(h, 2);
    // 1 try + the SDK's own 3 instant retries all get 429, so the bot's queue sees the 429.
    state.throttle('a:conv-1', { times: 4, retryAfterSeconds: 3, instantSdkRetry: true });
    await h.bot.notifier.notify(extended(throttled, 1));
    await h.bot.notifier.notify(extended(other, 2, 2));
    await until(() => h.logger.lines.some((l) => l.level === 'warn'));
    expect(state.sent.map((s) => s.conversationId)).toEqual(['a:conv-2']);
    expect(state.calls).toBe(5);
    expect(h.logger.lines).toContainEqual({ level: 'warn', message: 'proactive send throttled by Teams (429)', fields: { waitMs: 3000, attempt: 1 } });
    await h.timers.advance(2999);
    expect(state.sent).toHaveLength(1);
    await h.timers.advance(1);
    expect(state.sent.map((s) => s.conversationId)).toEqual(['a:conv-2', 'a:conv-1']);
  });

  it('without Retry-After it backs off exponentially (1 s, 2 s) and gives up after maxAttempts, logging the ticket id', async () => {
    const email = await addUser(h, 1);
    state.throttle('a:conv-1', { times: 100 });
    await h.bot.notifier.notify(extended(email, 1, 7));
    await settle(20);
    const afterFirst = state.calls;
    expect(afterFirst).toBeGreaterThanOrEqual(1);
    await h.timers.advance(1000);
    await h.timers.advance(2000);
    await h.bot.idle();
    expect(state.sent).toHaveLength(0);
    expect(h.logger.lines.filter((l) => l.level === 'warn').map((l) => l.fields)).toEqual([
      { waitMs: 1000, attempt: 1 },
      { waitMs: 2000, attempt: 2 },
    ]);
    expect(h.logger.lines.at(-1)).toMatchObject({ level: 'error', message: 'proactive message failed', fields: { ticketId: 't-7', status: 429 } });
  });
});
