/**
 * Drives the Forge platform over fake time: the scheduled sweep every 5 minutes, async events
 * delivered to the consumer when their delay ends, and scripted Jira activity at given instants —
 * always the earliest next thing first (actions, then deliveries, then the sweep at equal times).
 */
import type { ForgeHarness } from '../../fakes/forge-runtime';

export interface ScriptedAction {
  at: string;
  run: () => Promise<unknown>;
}

export interface Platform {
  sweep: () => Promise<unknown>;
  escalate: (event: unknown, context: unknown) => Promise<unknown>;
}

export async function simulate(h: ForgeHarness, platform: Platform, opts: { from: string; until: string; actions: ScriptedAction[] }): Promise<{ sweeps: number; deliveries: number }> {
  const actions = [...opts.actions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const until = Date.parse(opts.until);
  let nextSweep = Math.ceil(Date.parse(opts.from) / 300_000) * 300_000;
  let sweeps = 0;
  let deliveries = 0;
  for (;;) {
    const action = actions[0];
    const actionAt = action ? Date.parse(action.at) : Number.POSITIVE_INFINITY;
    const deliveryAt = h.queue.nextAt() ?? Number.POSITIVE_INFINITY;
    const t = Math.min(actionAt, deliveryAt, nextSweep);
    if (t > until) return { sweeps, deliveries };
    h.time.set(new Date(t).toISOString());
    if (action && actionAt === t) {
      actions.shift();
      await action.run();
    } else if (deliveryAt === t) {
      deliveries += await h.queue.deliverDue(platform.escalate);
    } else {
      await platform.sweep();
      sweeps++;
      nextSweep += 300_000;
    }
  }
}
