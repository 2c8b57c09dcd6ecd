import { describe, expect, it } from 'vitest';
import {
  deliverPendingNotifications, replyToTicket, resolveTicket, runDueEscalations, type Notification, type Notifier,
} from '../../../src/core/index';
import { AGENT, makeDeps, RecordingNotifier } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

/** A notifier that is down (throws) until `up` is set: the crash between save and send. */
class DownNotifier implements Notifier {
  up = false;
  readonly inner = new RecordingNotifier();
  notify(n: Notification): Promise<void> {
    return this.up ? this.inner.notify(n) : Promise.reject(new Error('notifier down'));
  }
}

describe('notification outbox (ADR 0025)', () => {
  it('keeps a notification the notifier lost pending on the ticket, wakes for it and redelivers it once', async () => {
    const base = makeDeps();
    const t = await fileOne(base);
    const notifier = new DownNotifier();
    const deps = { ...base, notifier };
    base.clock.set('2026-03-02T15:00:00.000Z');
    await expect(replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'Estamos revisando', public: true })).rejects.toThrow('notifier down');

    const stored = await deps.store.get(t.id);
    expect(stored?.history.map((e) => e.type)).toEqual(['created', 'replied', 'statusChanged']);
    expect(stored?.outbox).toEqual([
      { key: 't-1:notify:3:0', at: '2026-03-02T15:00:00.000Z', detail: { kind: 'agentReplied', public: true } },
    ]);
    expect(stored?.nextWakeUpAt).toBe('2026-03-02T15:00:00.000Z');
    expect((await deps.store.dueForWakeUp(new Date('2026-03-02T15:00:00.000Z'), 10)).map((x) => x.id)).toEqual([t.id]);

    notifier.up = true;
    base.clock.set('2026-03-02T15:05:00.000Z');
    const after = value(await runDueEscalations(deps, t));
    expect(notifier.inner.sent.map((n) => [n.kind, n.deliveryKey])).toEqual([['agentReplied', 't-1:notify:3:0']]);
    expect(after.outbox).toBeUndefined();
    expect(after.nextWakeUpAt).not.toBe('2026-03-02T15:00:00.000Z');

    expect(value(await deliverPendingNotifications(deps, t.id)).version).toBe(after.version);
    expect(value(await runDueEscalations(deps, after)).version).toBe(after.version);
    expect(notifier.inner.sent).toHaveLength(1);
  });

  it('wakes a done ticket for its pending notifications, and only for them', async () => {
    const base = makeDeps();
    const t = await fileOne(base);
    const notifier = new DownNotifier();
    const deps = { ...base, notifier };
    await expect(resolveTicket(deps, { ticketId: t.id, actor: AGENT, resolution: 'Listo' })).rejects.toThrow('notifier down');
    expect((await deps.store.get(t.id))?.nextWakeUpAt).toBe('2026-03-02T14:00:00.000Z');
    notifier.up = true;
    const done = value(await deliverPendingNotifications(deps, t));
    expect(notifier.inner.kinds()).toEqual(['statusChanged', 'resolved']);
    expect(done).toMatchObject({ status: 'resolved', nextWakeUpAt: null });
    expect(done.outbox).toBeUndefined();
  });

  it('marks what went out before a failure and leaves only the rest pending', async () => {
    const base = makeDeps();
    const t = await fileOne(base);
    let calls = 0;
    const flaky: Notifier = {
      notify: (n) => (++calls === 2 ? Promise.reject(new Error('second send failed')) : base.notifier.notify(n)),
    };
    await expect(resolveTicket({ ...base, notifier: flaky }, { ticketId: t.id, actor: AGENT })).rejects.toThrow('second send failed');
    expect((await base.store.get(t.id))?.outbox?.map((p) => p.detail.kind)).toEqual(['resolved']);
    value(await deliverPendingNotifications(base, t.id));
    expect(base.notifier.kinds()).toEqual(['ticketFiled', 'statusChanged', 'resolved']);
  });

  it('returns not_found for an unknown ticket', async () => {
    expect(codeOf(await deliverPendingNotifications(makeDeps(), 'nope'))).toBe('not_found');
  });
});
