/**
 * Acceptance: CONTRACT.md §1 against a naive minute-by-minute oracle (./oracle.ts), over random
 * minute-aligned calendars in zones with whole-hour, half-hour and midnight DST changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime, businessTimeBetween, compileCalendar, type CalendarSpec, type TimeRange, type Weekday,
} from '../../src/core/index';
import { addOracle, betweenOracle, localParts } from './oracle';

const MIN = 60_000;
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Zones and an instant near one of their 2026 DST changes (Bogotá: none). */
const ZONES: [string, string][] = [
  ['America/Bogota', '2026-11-20T00:00:00Z'],
  ['America/New_York', '2026-03-06T00:00:00Z'],
  ['America/New_York', '2026-10-30T00:00:00Z'],
  ['Europe/Madrid', '2026-03-27T00:00:00Z'],
  ['Europe/Madrid', '2026-10-23T00:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-02T00:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-01T00:00:00Z'],
  ['America/Santiago', '2026-04-02T00:00:00Z'],
  ['America/Santiago', '2026-09-03T00:00:00Z'],
];
const WINDOW_MIN = 4 * 24 * 60;

const hhmm = (halfHours: number): string =>
  `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 === 0 ? '00' : '30'}`;

/** Non-overlapping ranges from sorted distinct half-hour breakpoints 0..48. */
const rangesArb: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((points) => {
    const s = [...points].sort((a, b) => a - b);
    const out: TimeRange[] = [];
    for (let i = 0; i + 1 < s.length; i += 2) out.push({ start: hhmm(s[i] ?? 0), end: hhmm(s[i + 1] ?? 0) });
    return out;
  });

const caseArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    week: fc.array(rangesArb, { minLength: 7, maxLength: 7 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
    closures: fc.array(fc.tuple(fc.integer({ min: 0, max: WINDOW_MIN }), fc.integer({ min: 1, max: 600 })), { maxLength: 2 }),
    a: fc.integer({ min: 0, max: WINDOW_MIN }),
    b: fc.integer({ min: 0, max: WINDOW_MIN }),
    ms: fc.integer({ min: 0, max: 2 * 24 * 60 * MIN }),
  })
  .map(({ zone: [timeZone, base], week, holidayOffsets, closures, a, b, ms }) => {
    const t0 = Date.parse(base);
    const spec: CalendarSpec = {
      timeZone,
      week: Object.fromEntries(DAYS.map((d, i) => [d, week[i] ?? []])),
      holidays: holidayOffsets.map((k) => localParts(timeZone, t0 + k * 86_400_000).date),
      closures: closures.map(([from, len]) => ({
        from: new Date(t0 + from * MIN).toISOString(),
        to: new Date(t0 + (from + len) * MIN).toISOString(),
      })),
    };
    return { spec, a: t0 + a * MIN, b: t0 + b * MIN, ms };
  });

describe('§1 against the oracle', () => {
  it('businessTimeBetween = measure of open instants, negated when b < a', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(caseArb, ({ spec, a, b }) => {
        const cal = compileCalendar(spec);
        const expected = (a <= b ? betweenOracle(spec, a, b) : -betweenOracle(spec, b, a)) + 0; // + 0: no -0
        expect(businessTimeBetween(cal, new Date(a), new Date(b))).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
  it('addBusinessTime = earliest t ≥ start with businessTimeBetween(start, t) = ms', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(caseArb, ({ spec, a, ms }) => {
        const expected = addOracle(spec, a, ms, 8 * 24 * 60);
        fc.pre(expected !== null);
        const cal = compileCalendar(spec);
        expect(addBusinessTime(cal, new Date(a), ms).getTime()).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
