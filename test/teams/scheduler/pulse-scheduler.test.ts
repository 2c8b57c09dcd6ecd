import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarSpecOf, colombiaPreset, compileCalendar } from '../../../src/core/index';
import { memoryLogger } from '../../../src/teams/logger';
import { PulseScheduler } from '../../../src/teams/scheduler/pulse-scheduler';
import { DEFAULT_PULSE_SCHEDULE, parsePulseSchedule, pulseWeek } from '../../../src/teams/scheduler/pulse-week';
import { ManualAlarm } from '../../../src/teams/scheduler/timers';
import { VentanillaDb } from '../../../src/teams/store/database';
import { SqliteSchedulerState } from '../../../src/teams/store/sqlite-scheduler-state';
import { FixedClock } from '../../fakes/clock';
import { startTestServer } from '../helpers/server';

const settings = colombiaPreset({ updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'test' });
const bogota = compileCalendar(calendarSpecOf(settings, settings.legal.calendarId));

describe('pulseWeek (desk calendar America/Bogota, Friday 15:00)', () => {
  it.each([
    // now, week (Monday), dueAt, next week start
    ['2026-03-02T14:00:00.000Z', '2026-03-02', '2026-03-06T20:00:00.000Z', '2026-03-09T05:00:00.000Z'],
    ['2026-03-06T20:00:00.000Z', '2026-03-02', '2026-03-06T20:00:00.000Z', '2026-03-09T05:00:00.000Z'],
    // Sunday 23:00 in Bogotá is still that week although Monday in UTC
    ['2026-03-09T04:00:00.000Z', '2026-03-02', '2026-03-06T20:00:00.000Z', '2026-03-09T05:00:00.000Z'],
    // Holy week 2026: Thursday 2 and Friday 3 April are holidays → Wednesday
    ['2026-03-31T12:00:00.000Z', '2026-03-30', '2026-04-01T20:00:00.000Z', '2026-04-06T05:00:00.000Z'],
  ])('at %s: week %s, due %s', (now, week, due, next) => {
    const w = pulseWeek(bogota, DEFAULT_PULSE_SCHEDULE, new Date(now));
    expect(w.week).toBe(week);
    expect(w.dueAt?.toISOString()).toBe(due);
    expect(w.nextWeekStart.toISOString()).toBe(next);
  });

  it.each([
    ['fri 15:00', { weekday: 5, time: '15:00' }],
    ['Viernes 9:30', { weekday: 5, time: '09:30' }],
    ['1 08:00', { weekday: 1, time: '08:00' }],
    ['fri 25:00', null],
    ['someday', null],
  ])('parses %s', (text, expected) => {
    expect(parsePulseSchedule(text)).toEqual(expected);
  });
});

const open: VentanillaDb[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

function boot(dbPath: string, clock: FixedClock, sent: string[][]) {
  const db = new VentanillaDb(dbPath);
  open.push(db);
  const alarm = new ManualAlarm();
  const scheduler = new PulseScheduler({
    schedule: DEFAULT_PULSE_SCHEDULE,
    calendar: () => bogota,
    agents: () => ['ana', 'luis'],
    send: async (ids) => {
      sent.push([...ids]);
      return ids.length;
    },
    state: new SqliteSchedulerState(db),
    clock,
    alarm,
    logger: memoryLogger(),
  });
  return { db, alarm, scheduler };
}

describe('PulseScheduler', () => {
  it('arms for Friday 15:00, sends once at it, then arms for the next week', async () => {
    const clock = new FixedClock('2026-03-02T14:00:00.000Z');
    const sent: string[][] = [];
    const { scheduler, alarm } = boot(':memory:', clock, sent);
    await scheduler.start();
    expect(sent).toEqual([]);
    expect(alarm.at?.toISOString()).toBe('2026-03-06T20:00:00.000Z');
    clock.set('2026-03-06T20:00:00.000Z');
    expect(await scheduler.tick()).toBe(true);
    expect(sent).toEqual([['ana', 'luis']]);
    expect(alarm.at?.toISOString()).toBe('2026-03-09T05:00:00.000Z');
    clock.set('2026-03-06T22:00:00.000Z');
    expect(await scheduler.tick()).toBe(false);
    clock.set('2026-03-13T20:00:00.000Z');
    expect(await scheduler.tick()).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('after a restart it catches up a missed pulse of the week and never repeats a sent one', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'ventanilla-pulse-')), 'v.db');
    const sent: string[][] = [];
    const clock = new FixedClock('2026-03-06T19:00:00.000Z');
    const first = boot(dbPath, clock, sent);
    await first.scheduler.start();
    first.scheduler.stop();
    first.db.close();
    // down over 15:00; back up at 17:00 the same Friday: sends now
    clock.set('2026-03-06T22:00:00.000Z');
    const second = boot(dbPath, clock, sent);
    await second.scheduler.start();
    expect(sent).toHaveLength(1);
    second.scheduler.stop();
    second.db.close();
    // restarted again on Saturday: already sent this week
    clock.set('2026-03-07T15:00:00.000Z');
    const third = boot(dbPath, clock, sent);
    await third.scheduler.start();
    expect(sent).toHaveLength(1);
    expect(third.alarm.at?.toISOString()).toBe('2026-03-09T05:00:00.000Z');
  });

  it('a failed send is not marked: it is retried later', async () => {
    const clock = new FixedClock('2026-03-06T20:00:00.000Z');
    const db = new VentanillaDb(':memory:');
    open.push(db);
    const alarm = new ManualAlarm();
    let fail = true;
    const scheduler = new PulseScheduler({
      schedule: DEFAULT_PULSE_SCHEDULE, calendar: () => bogota, agents: () => ['ana'],
      send: async () => {
        if (fail) throw new Error('connector down');
        return 1;
      },
      state: new SqliteSchedulerState(db), clock, alarm, logger: memoryLogger(),
    });
    await scheduler.start();
    expect(alarm.at?.toISOString()).toBe('2026-03-06T20:05:00.000Z');
    fail = false;
    clock.set('2026-03-06T20:05:00.000Z');
    expect(await scheduler.tick()).toBe(true);
  });
});

describe('the server wires the weekly pulse', () => {
  it('arms the pulse alarm for Friday 15:00 Bogotá on start and marks the week after sending', async () => {
    const s = await startTestServer({ seed: true });
    try {
      expect(s.pulseAlarm.at?.toISOString()).toBe('2026-03-06T20:00:00.000Z');
      s.clock.set('2026-03-06T20:00:00.000Z');
      expect(await s.app.pulse?.tick()).toBe(true);
      expect(await new SqliteSchedulerState(s.app.db).get('pulse.lastWeek')).toBe('2026-03-02');
      expect(await s.app.pulse?.tick()).toBe(false);
    } finally {
      await s.app.close();
    }
  });
});
