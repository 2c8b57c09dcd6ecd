/**
 * The proactive send queue. Teams allows a bot 7 messages/s per conversation and 50/s per app and
 * tenant (research/perf-reliability.md §4.2) and answers 429 with `Retry-After` beyond that. The
 * queue keeps both limits with sliding windows, keeps each conversation's messages in order, and
 * on a 429 waits what `Retry-After` asks (else exponential backoff) before trying again. Time comes
 * from the injected `now`/`timers`, so tests never sleep.
 */
import type { SendLimits, Timers } from './ports';
import { RateWindow } from './rate-window';
import { retryAfterMs, statusOf } from './retry-after';

export interface SendJob {
  /** Conversation the message goes to (limit: `perConversationPerSecond`). */
  conversationKey: string;
  /** App + tenant (limit: `perTenantPerSecond`). */
  tenantKey: string;
  send(): Promise<void>;
}

interface Entry {
  job: SendJob;
  attempts: number;
  resolve(): void;
  reject(error: unknown): void;
}

export interface SendQueueOptions {
  limits: SendLimits;
  now: () => number;
  timers: Timers;
  /** Called before a throttled message is retried (for logs and tests). */
  onThrottled?: (info: { conversationKey: string; waitMs: number; attempt: number }) => void;
}

const WINDOW_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

export class SendQueue {
  private readonly pending: Entry[] = [];
  private readonly conversationWindows = new Map<string, RateWindow>();
  private readonly tenantWindows = new Map<string, RateWindow>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly busy = new Set<string>();
  private readonly idleWaiters: (() => void)[] = [];
  private cancelTimer: (() => void) | null = null;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(private readonly options: SendQueueOptions) {}

  /** Queues a send; the promise settles when it was delivered or finally failed. */
  enqueue(job: SendJob): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ job, attempts: 0, resolve, reject });
      this.pump();
    });
  }

  /** Number of messages waiting (not counting the ones in flight). */
  get size(): number {
    return this.pending.length;
  }

  /** Resolves once nothing is waiting or in flight. */
  idle(): Promise<void> {
    if (this.pending.length === 0 && this.busy.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private window(map: Map<string, RateWindow>, key: string, limit: number): RateWindow {
    let window = map.get(key);
    if (!window) {
      window = new RateWindow(limit, WINDOW_MS);
      map.set(key, window);
    }
    return window;
  }

  private pump(): void {
    const now = this.options.now();
    const { perConversationPerSecond, perTenantPerSecond } = this.options.limits;
    const held = new Set<string>();
    let wakeAt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.pending.length; ) {
      const entry = this.pending[i];
      if (!entry) break;
      const { conversationKey, tenantKey } = entry.job;
      if (held.has(conversationKey) || this.busy.has(conversationKey)) {
        held.add(conversationKey);
        i += 1;
        continue;
      }
      const conversation = this.window(this.conversationWindows, conversationKey, perConversationPerSecond);
      const tenant = this.window(this.tenantWindows, tenantKey, perTenantPerSecond);
      const readyAt = Math.max(this.blockedUntil.get(conversationKey) ?? now, conversation.nextFreeAt(now), tenant.nextFreeAt(now));
      if (readyAt > now) {
        held.add(conversationKey);
        wakeAt = Math.min(wakeAt, readyAt);
        i += 1;
        continue;
      }
      conversation.record(now);
      tenant.record(now);
      this.blockedUntil.delete(conversationKey);
      this.busy.add(conversationKey);
      this.pending.splice(i, 1);
      this.start(entry);
    }
    this.arm(wakeAt, now);
    this.settleIdle(now);
  }

  private start(entry: Entry): void {
    entry.attempts += 1;
    const { conversationKey } = entry.job;
    entry.job.send().then(
      () => {
        this.busy.delete(conversationKey);
        entry.resolve();
        this.pump();
      },
      (error: unknown) => {
        this.busy.delete(conversationKey);
        if (statusOf(error) === 429 && entry.attempts < this.options.limits.maxAttempts) {
          const now = this.options.now();
          const waitMs = retryAfterMs(error, now) ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (entry.attempts - 1));
          this.blockedUntil.set(conversationKey, now + waitMs);
          this.options.onThrottled?.({ conversationKey, waitMs, attempt: entry.attempts });
          this.pending.unshift(entry);
        } else {
          entry.reject(error);
        }
        this.pump();
      },
    );
  }

  private arm(wakeAt: number, now: number): void {
    if (wakeAt === this.timerAt) return;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.timerAt = wakeAt;
    if (!Number.isFinite(wakeAt)) return;
    this.cancelTimer = this.options.timers.schedule(() => {
      this.cancelTimer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.pump();
    }, Math.max(0, wakeAt - now));
  }

  private settleIdle(now: number): void {
    if (this.pending.length > 0 || this.busy.size > 0) return;
    for (const [key, window] of this.conversationWindows) if (window.isEmpty(now)) this.conversationWindows.delete(key);
    for (const [key, window] of this.tenantWindows) if (window.isEmpty(now)) this.tenantWindows.delete(key);
    for (const waiter of this.idleWaiters.splice(0)) waiter();
  }
}
