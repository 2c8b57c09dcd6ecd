import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WireSlaClock } from '../../../src/jira/resolvers/contract';
import { isCounting, liveRemainingMs, panelCalendar, toneOf } from '../../../static/shared/format/live-clock';

const office = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
const bogota = { timeZone: 'America/Bogota', week: { mon: office, tue: office, wed: office, thu: office, fri: office }, holidays: ['2026-03-23'] };
const H = 3_600_000;

const clock = (over: Partial<WireSlaClock>): WireSlaClock => ({
  metric: 'resolution', state: 'running', goalMs: 8 * H, elapsedMs: 2 * H, remainingMs: 6 * H,
  dueAt: '2026-03-03T16:00:00Z', breachedAt: null, ...over,
});

describe('liveRemainingMs over the business calendar', () => {
  const cal = panelCalendar(bogota);
  it.each([
    // [serverNow, now, expected remaining]
    ['2026-03-02T14:00:00Z', '2026-03-02T14:00:05Z', 6 * H - 5_000], // Mon 09:00 Bogotá: open, ticks
    ['2026-03-02T17:00:00Z', '2026-03-02T18:30:00Z', 6 * H], // Mon 12:00–13:30: lunch, stands still
    ['2026-03-02T21:30:00Z', '2026-03-03T13:30:00Z', 5 * H], // Mon 16:30 → Tue 08:30: 30 + 30 min open
    ['2026-03-06T21:00:00Z', '2026-03-09T13:00:00Z', 5 * H], // Fri 16:00 → Mon 08:00: one hour (16–17)
    ['2026-03-20T22:00:00Z', '2026-03-24T13:00:00Z', 6 * H], // Fri 17:00 → Tue 08:00 over the Monday holiday
    ['2026-03-02T14:00:00Z', '2026-03-02T13:00:00Z', 6 * H], // browser behind the server: no change
  ])('%s → %s', (serverNow, now, expected) => {
    expect(liveRemainingMs(clock({}), new Date(serverNow), new Date(now), cal)).toBe(expected);
  });

  it('goes negative once the goal is used up, and keeps counting a breached clock', () => {
    const c = clock({ state: 'breached', remainingMs: -60_000, dueAt: '2026-03-02T13:59:00Z', breachedAt: '2026-03-02T13:59:00Z' });
    expect(liveRemainingMs(c, new Date('2026-03-02T14:00:00Z'), new Date('2026-03-02T14:01:00Z'), cal)).toBe(-120_000);
  });

  it.each([
    ['paused', clock({ state: 'paused', dueAt: null })],
    ['met', clock({ state: 'met', dueAt: null })],
    ['breached and stopped', clock({ state: 'breached', dueAt: null, breachedAt: '2026-03-02T13:00:00Z', remainingMs: -H })],
  ])('a %s clock does not tick', (_name, c) => {
    expect(isCounting(c)).toBe(false);
    expect(liveRemainingMs(c, new Date('2026-03-02T14:00:00Z'), new Date('2026-03-02T16:00:00Z'), cal)).toBe(c.remainingMs);
  });

  it('falls back to wall-clock time without a usable calendar', () => {
    expect(panelCalendar(null)).toBeNull();
    expect(panelCalendar({ timeZone: 'Not/AZone', week: {} })).toBeNull();
    expect(liveRemainingMs(clock({}), new Date('2026-03-02T17:00:00Z'), new Date('2026-03-02T18:00:00Z'), null)).toBe(5 * H);
  });

  it.each([
    [clock({ state: 'met' }), 0, 'success'],
    [clock({}), -1, 'danger'],
    [clock({ state: 'paused' }), H, 'neutral'],
    [clock({}), H, 'warning'],
    [clock({}), 3 * H, 'ok'],
  ] as const)('tone %#', (c, remaining, tone) => {
    expect(toneOf(c, remaining)).toBe(tone);
  });
});

/** Minute-stepping oracle: open minutes in [from, to) over Bogotá (UTC−5, no DST) office hours with lunch and a holiday. */
function openMinutesBetween(from: number, to: number): number {
  let open = 0;
  for (let t = from; t < to; t += 60_000) {
    const local = new Date(t - 5 * H);
    const date = local.toISOString().slice(0, 10);
    const weekday = local.getUTCDay();
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const inOffice = (minute >= 8 * 60 && minute < 12 * 60) || (minute >= 14 * 60 && minute < 17 * 60);
    if (weekday >= 1 && weekday <= 5 && !bogota.holidays.includes(date) && inOffice) open++;
  }
  return open * 60_000;
}

describe('liveRemainingMs property: remaining after Δ = goal − business time passed', () => {
  const cal = panelCalendar(bogota);
  const start = Date.parse('2026-03-16T00:00:00Z'); // two weeks around the Monday 23 March holiday
  it('matches the minute-stepping oracle for running and breached clocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        fc.integer({ min: -8 * 60, max: 16 * 60 }),
        (startMin, deltaMin, remainingMin) => {
          const evaluatedAt = start + startMin * 60_000;
          const now = evaluatedAt + deltaMin * 60_000;
          const remainingMs = remainingMin * 60_000;
          const c = remainingMs < 0
            ? clock({ state: 'breached', remainingMs, breachedAt: '2026-03-16T13:00:00Z' })
            : clock({ remainingMs });
          const expected = remainingMs - openMinutesBetween(evaluatedAt, now);
          expect(liveRemainingMs(c, new Date(evaluatedAt), new Date(now), cal)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
