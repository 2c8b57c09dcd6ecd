/**
 * The Forge async-events service in memory: receives the push requests `@forge/events` sends
 * (`/webhook/queue/publish/...`, through the runtime's product fetch) and delivers the events to a
 * consumer when their delay has passed on the fake clock, honouring returned `InvocationError`
 * retries (max 4, like Forge).
 */
import { z } from 'zod';

export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  delayInSeconds?: number;
  deliverAt: number;
  retryCount: number;
  retryData?: unknown;
}

const pushRequest = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional() }).loose()).min(1).max(50),
});
const invocationError = z.object({ retryOptions: z.object({ retryAfter: z.number(), retryData: z.unknown().optional() }).loose() }).loose();

export class QueueFake {
  readonly pending: QueuedEvent[] = [];
  readonly delivered: QueuedEvent[] = [];
  readonly dropped: QueuedEvent[] = [];
  pushes = 0;
  private seq = 0;

  constructor(private readonly now: () => number) {}

  /** Handles one push request; answers 201 like the service. */
  handlePush(init: RequestInit | undefined): Response {
    const b = pushRequest.parse(JSON.parse(typeof init?.body === 'string' ? init.body : '{}'));
    this.pushes++;
    for (const e of b.payload) {
      const delay = e.delayInSeconds ?? 0;
      this.pending.push({
        queueName: b.queueName, jobId: b.jobId, eventId: `evt-${++this.seq}`, body: e.body,
        ...(e.delayInSeconds === undefined ? {} : { delayInSeconds: e.delayInSeconds }),
        deliverAt: this.now() + delay * 1000, retryCount: 0,
      });
    }
    return new Response(null, { status: 201 });
  }

  /** The earliest pending delivery instant (ms), or null. */
  nextAt(): number | null {
    return this.pending.reduce<number | null>((min, e) => (min === null || e.deliverAt < min ? e.deliverAt : min), null);
  }

  /**
   * Delivers every event due at the fake clock's now to `consumer` (in delivery-time order,
   * including events pushed while delivering that are already due). Returns how many ran.
   */
  async deliverDue(consumer: (event: unknown, context: unknown) => Promise<unknown>): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.now();
      const due = this.pending.filter((e) => e.deliverAt <= now).sort((a, b) => a.deliverAt - b.deliverAt);
      const next = due[0];
      if (!next) return ran;
      this.pending.splice(this.pending.indexOf(next), 1);
      const result = await consumer(
        {
          queueName: next.queueName, jobId: next.jobId, eventId: next.eventId, body: next.body,
          ...(next.delayInSeconds === undefined ? {} : { delayInSeconds: next.delayInSeconds }),
          ...(next.retryCount > 0 ? { retryContext: { retryCount: next.retryCount, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: next.retryData } } : {}),
        },
        { installContext: 'ari:cloud:jira::site/fake-site' },
      );
      ran++;
      const retry = invocationError.safeParse(result);
      if (retry.success && next.retryCount < 4) {
        this.pending.push({ ...next, retryCount: next.retryCount + 1, retryData: retry.data.retryOptions.retryData, deliverAt: now + Math.min(retry.data.retryOptions.retryAfter, 900) * 1000 });
      } else if (retry.success) this.dropped.push(next);
      else this.delivered.push(next);
    }
  }
}
