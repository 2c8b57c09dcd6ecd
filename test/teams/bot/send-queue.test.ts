import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../../src/teams/bot/rate-window';
import { retryAfterMs, statusOf } from '../../../src/teams/bot/retry-after';
import { SendQueue } from '../../../src/teams/bot/send-queue';
import { FixedClock } from '../../fakes/clock';
import { ManualTimers, settle } from '../../fakes/manual-timers';

describe('RateWindow', () => {
  it('never lets more than `limit` events into any window (oracle: count the events in (t - window, t])', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }), (limit, gaps) => {
        const window = new RateWindow(limit, 100);
        const accepted: number[] = [];
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const at = window.nextFreeAt(now);
          expect(at).toBeGreaterThanOrEqual(now);
          now = at;
          window.record(now);
          accepted.push(now);
          expect(accepted.filter((t) => t > now - 100).length).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });

  it('frees a slot exactly one window after the oldest counted event', () => {
    const window = new RateWindow(2, 1000);
    window.record(0);
    window.record(10);
    expect(window.nextFreeAt(500)).toBe(1000);
    expect(window.nextFreeAt(1000)).toBe(1000);
  });
});

class HttpFailure extends Error {
  constructor(readonly statusCode: number, readonly response: { headers: Map<string, string> }) {
    super(`HTTP ${statusCode}`);
  }
}
const throttled = (retryAfter?: string) => new HttpFailure(429, { headers: new Map(retryAfter === undefined ? [] : [['retry-after', retryAfter]]) });

describe('retryAfterMs', () => {
  const cases: [string, unknown, number | null][] = [
    ['seconds', throttled('3'), 3000],
    ['fractional seconds', throttled('0.5'), 500],
    ['HTTP date', throttled('Mon, 02 Mar 2026 15:00:10 GMT'), 10_000],
    ['no header', throttled(), null],
    ['garbage', throttled('soon'), null],
    ['not a 429', new HttpFailure(503, { headers: new Map([['retry-after', '3']]) }), null],
    ['not an HTTP error', new Error('boom'), null],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(retryAfterMs(error, Date.parse('2026-03-02T15:00:00Z'))).toBe(expected);
  });
  it('statusOf reads the status code', () => {
    expect(statusOf(throttled())).toBe(429);
    expect(statusOf(new Error('x'))).toBeNull();
  });
});

describe('SendQueue', () => {
  function setup(limits = { perConversationPerSecond: 2, perTenantPerSecond: 3, maxAttempts: 3 }) {
    const clock = new FixedClock('2026-03-02T15:00:00.000Z');
    const timers = new ManualTimers(clock);
    const start = clock.now().getTime();
    const log: string[] = [];
    const queue = new SendQueue({ limits, now: () => clock.now().getTime(), timers });
    const send = (conversationKey: string, label: string, fail?: () => unknown) =>
      queue.enqueue({
        conversationKey, tenantKey: 'app|tenant',
        send: async () => {
          const error = fail?.();
          if (error) throw error;
          log.push(`${clock.now().getTime() - start}:${label}`);
        },
      });
    return { clock, timers, log, queue, send };
  }

  it('keeps per-conversation order (one in flight per conversation) and both limits', async () => {
    const { timers, log, send, queue } = setup();
    const all = ['a1', 'a2', 'a3', 'b1', 'c1', 'd1'].map((label) => send(label[0] ?? '', label));
    await settle();
    expect(log).toEqual(['0:a1', '0:b1', '0:c1']);
    await timers.advance(1000);
    expect(log).toEqual(['0:a1', '0:b1', '0:c1', '1000:a2', '1000:d1', '1000:a3']);
    await Promise.all(all);
    await queue.idle();
    expect(timers.pending).toBe(0);
  });

  it('at most perConversationPerSecond to one conversation', async () => {
    const { timers, log, send } = setup({ perConversationPerSecond: 2, perTenantPerSecond: 50, maxAttempts: 3 });
    const all = ['a1', 'a2', 'a3', 'a4', 'a5'].map((label) => send('a', label));
    await timers.advance(2000);
    await Promise.all(all);
    expect(log).toEqual(['0:a1', '0:a2', '1000:a3', '1000:a4', '2000:a5']);
  });

  it('retries a 429 after Retry-After, without blocking other conversations', async () => {
    const { timers, log, send } = setup();
    let failures = 1;
    const a = send('a', 'a1', () => (failures-- > 0 ? throttled('2') : null));
    await send('b', 'b1');
    expect(log.map((l) => l.split(':')[1])).toEqual(['b1']);
    await timers.advance(1999);
    expect(log).toHaveLength(1);
    await timers.advance(1);
    await a;
    expect(log.map((l) => l.split(':')[1])).toEqual(['b1', 'a1']);
  });

  it('gives up after maxAttempts and rejects with the last error; other errors are not retried', async () => {
    const { timers, send } = setup();
    const always = send('a', 'a1', () => throttled('1'));
    const outcome = always.then(() => 'sent', (error: unknown) => statusOf(error));
    await timers.advance(5000);
    expect(await outcome).toBe(429);
    await expect(send('b', 'b1', () => new HttpFailure(500, { headers: new Map() }))).rejects.toThrow('HTTP 500');
  });
});
