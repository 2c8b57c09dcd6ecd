import { describe, expect, it } from 'vitest';
import { AlarmLoop } from '../../../src/teams/scheduler/alarm-loop';
import type { Alarm } from '../../../src/teams/scheduler/timers';
import { FixedClock } from '../../fakes/clock';
import { ManualTimers, settle } from '../../fakes/manual-timers';

const T0 = '2026-03-02T14:00:00.000Z';
const MIN = 60_000;

/** An `Alarm` over manual timers: it fires only when the test advances the clock. */
function manualAlarm(timers: ManualTimers): Alarm {
  let cancel: (() => void) | null = null;
  return {
    set(at, fn) {
      cancel?.();
      cancel = timers.schedule(fn, at.getTime() - timers.clock.now().getTime());
    },
    clear() {
      cancel?.();
      cancel = null;
    },
  };
}

/** A loop whose run records the instant it ran at and arms `next(runs)` minutes later (null: disarm). */
class RecordingLoop extends AlarmLoop<number> {
  readonly ranAt: string[] = [];

  constructor(
    private readonly clock: FixedClock,
    alarm: Alarm,
    onError: (error: unknown) => void,
    private readonly next: (runs: number) => number | null,
    private readonly fail: (runs: number) => boolean,
  ) {
    super(alarm, onError);
  }

  /** `arm`, for the test to call directly. */
  armAt(iso: string): void {
    this.arm(Date.parse(iso));
  }

  protected async run(): Promise<number> {
    this.ranAt.push(this.clock.now().toISOString());
    if (this.fail(this.ranAt.length)) throw new Error(`run ${this.ranAt.length} failed`);
    const minutes = this.next(this.ranAt.length);
    if (minutes === null) this.disarm();
    else this.arm(this.clock.now().getTime() + minutes * MIN);
    return this.ranAt.length;
  }
}

function setup(next: (runs: number) => number | null = () => 10, fail: (runs: number) => boolean = () => false) {
  const clock = new FixedClock(T0);
  const timers = new ManualTimers(clock);
  const errors: unknown[] = [];
  const loop = new RecordingLoop(clock, manualAlarm(timers), (error) => errors.push(error), next, fail);
  return { clock, timers, loop, ranAt: loop.ranAt, errors };
}

describe('AlarmLoop', () => {
  it('runs on start, then sleeps until the instant each run arms', async () => {
    const { timers, loop, ranAt } = setup((runs) => (runs === 1 ? 10 : 30));
    expect(await loop.start()).toBe(1);
    expect(loop.nextAlarm).toBe(Date.parse('2026-03-02T14:10:00.000Z'));
    await timers.advance(10 * MIN - 1);
    expect(ranAt).toEqual([T0]);
    await timers.advance(1);
    await timers.advance(30 * MIN);
    expect(ranAt).toEqual([T0, '2026-03-02T14:10:00.000Z', '2026-03-02T14:40:00.000Z']);
  });

  it('a later arm replaces the earlier one (only the new instant fires)', async () => {
    const { timers, loop, ranAt } = setup(() => null);
    await loop.start();
    loop.armAt('2026-03-02T15:00:00.000Z');
    loop.armAt('2026-03-02T14:05:00.000Z');
    await timers.advance(2 * 60 * MIN);
    expect(ranAt).toEqual([T0, '2026-03-02T14:05:00.000Z']);
    expect(timers.pending).toBe(0);
  });

  it('disarm leaves nothing to wake up for', async () => {
    const { timers, loop } = setup(() => null);
    await loop.start();
    expect(loop.nextAlarm).toBeNull();
    expect(timers.pending).toBe(0);
  });

  it('concurrent ticks share one run', async () => {
    const { loop, ranAt } = setup();
    await loop.start();
    const [a, b] = await Promise.all([loop.tick(), loop.tick()]);
    expect([a, b, ranAt.length]).toEqual([2, 2, 2]);
  });

  it('stop clears the alarm, and arm does nothing until the next start', async () => {
    const { timers, loop, ranAt } = setup();
    await loop.start();
    loop.stop();
    expect(loop.active).toBe(false);
    loop.armAt('2026-03-02T14:01:00.000Z');
    expect(loop.nextAlarm).toBeNull();
    await timers.advance(60 * MIN);
    expect(ranAt).toEqual([T0]);
    await loop.start();
    expect(loop.active).toBe(true);
    expect(ranAt).toEqual([T0, '2026-03-02T15:00:00.000Z']);
  });

  it('reports a failed alarm run to onError and wakes again after the next arm', async () => {
    const { timers, loop, ranAt, errors } = setup(() => 10, (runs) => runs === 2);
    await loop.start();
    await timers.advance(10 * MIN);
    expect(errors).toEqual([new Error('run 2 failed')]);
    expect(loop.nextAlarm).toBeNull();
    loop.armAt('2026-03-02T14:20:00.000Z');
    await timers.advance(10 * MIN);
    expect(ranAt).toEqual([T0, '2026-03-02T14:10:00.000Z', '2026-03-02T14:20:00.000Z']);
  });

  it('idle waits for the run in progress', async () => {
    let release: () => void = () => undefined;
    let done = false;
    class SlowLoop extends AlarmLoop<void> {
      protected run(): Promise<void> {
        return new Promise<void>((resolve) => { release = resolve; }).then(() => { done = true; });
      }
    }
    const loop = new SlowLoop(manualAlarm(new ManualTimers(new FixedClock(T0))), () => undefined);
    const started = loop.start();
    const idle = loop.idle();
    await settle();
    expect(done).toBe(false);
    release();
    await idle;
    expect(done).toBe(true);
    await started;
  });
});
