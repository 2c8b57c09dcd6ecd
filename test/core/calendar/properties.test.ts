import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, addBusinessTime, subtractBusinessDays, businessTimeBetween, compileCalendar, type CalendarSpec, type TimeRange,
} from '../../../src/core/calendar/index';
import { ALL_DAYS } from './fixtures';
import { oracleAddBusinessDays, oracleBetween, oracleIsOpen } from './oracle';

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = ['UTC', 'America/Bogota', 'America/New_York', 'Europe/Madrid', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Chatham'];
/** Days with DST transitions in the zones above (and a year boundary), as UTC midnights. */
const ANCHORS = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04', '2026-09-06', '2026-09-27', '2026-12-31', '2027-03-14']
  .map((d) => Date.parse(`${d}T00:00:00Z`));

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutePoint = fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 48 }).map((x) => x * 30));
const dayRanges: fc.Arbitrary<TimeRange[]> = fc.uniqueArray(minutePoint, { maxLength: 6 }).map((pts) => {
  const s = [...pts].sort((a, b) => a - b);
  const out: TimeRange[] = [];
  for (let i = 0; i + 1 < s.length; i += 2) out.push({ start: hhmm(s[i] ?? 0), end: hhmm(s[i + 1] ?? 0) });
  return out;
});

/** A random spec around a DST anchor, plus minute-aligned instants near it. */
const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  anchor: fc.constantFrom(...ANCHORS),
  week: fc.tuple(...ALL_DAYS.map(() => dayRanges)),
  holidayDays: fc.uniqueArray(fc.integer({ min: -4, max: 4 }), { maxLength: 3 }),
  closures: fc.array(fc.tuple(fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: 1, max: 900 })), { maxLength: 2 }),
  a: fc.integer({ min: -2 * 1440, max: 1440 }),
  len: fc.integer({ min: 0, max: 2 * 1440 }),
}).map((s) => {
  const spec: CalendarSpec = {
    timeZone: s.zone,
    week: Object.fromEntries(ALL_DAYS.map((d, i) => [d, s.week[i] ?? []])),
    holidays: s.holidayDays.map((k) => new Date(s.anchor + k * DAY).toISOString().slice(0, 10)),
    closures: s.closures.map(([from, len]) => ({
      from: new Date(s.anchor + from * MIN).toISOString(),
      to: new Date(s.anchor + (from + len) * MIN).toISOString(),
    })),
  };
  const a = s.anchor + s.a * MIN;
  return { spec, a, b: a + s.len * MIN };
});

describe('calendar properties against a minute-stepping oracle (random specs, DST zones)', () => {
  it('businessTimeBetween equals the oracle count, both directions', () => {
    fc.assert(fc.property(scenario, ({ spec, a, b }) => {
      const cal = compileCalendar(spec);
      const expected = oracleBetween(spec, a, b);
      expect(businessTimeBetween(cal, new Date(a), new Date(b))).toBe(expected);
      expect(businessTimeBetween(cal, new Date(b), new Date(a))).toBe(expected === 0 ? 0 : -expected);
    }), { numRuns: 35, seed: 20261126 });
  });

  it('addBusinessTime returns the earliest instant reaching ms (round trip + the minute before is open)', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: 1800 }), ({ spec, a }, minutes) => {
      const cal = compileCalendar(spec);
      const ms = minutes * MIN;
      const hasHours = Object.values(spec.week).some((r) => (r ?? []).length > 0);
      if (!hasHours && ms > 0) {
        expect(() => addBusinessTime(cal, new Date(a), ms)).toThrow(/20 years/);
        return;
      }
      const t = addBusinessTime(cal, new Date(a), ms).getTime();
      expect(t).toBeGreaterThanOrEqual(a);
      expect(businessTimeBetween(cal, new Date(a), new Date(t))).toBe(ms);
      if (ms === 0) expect(t).toBe(a);
      else expect(oracleIsOpen(spec, t - MIN)).toBe(true); // so no earlier t reaches ms
      if (t - a <= 2 * DAY) expect(oracleBetween(spec, a, t)).toBe(ms);
    }), { numRuns: 50, seed: 42 });
  });

  it('businessTimeBetween is additive: (a,b) + (b,c) = (a,c), across years', () => {
    const instant = fc.integer({ min: Date.parse('2025-06-01T00:00:00Z'), max: Date.parse('2028-06-01T00:00:00Z') });
    fc.assert(fc.property(scenario, instant, instant, instant, ({ spec }, a, b, c) => {
      const cal = compileCalendar(spec);
      const between = (x: number, y: number) => businessTimeBetween(cal, new Date(x), new Date(y));
      expect(between(a, b) + between(b, c)).toBe(between(a, c));
    }), { numRuns: 40, seed: 7 });
  });

  it('addBusinessDays equals a day-stepping oracle, forwards and backwards', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: -40, max: 40 }), fc.integer({ min: -6, max: 6 }), ({ spec, a }, n, shift) => {
      const hasHours = Object.values(spec.week).some((r) => (r ?? []).length > 0);
      fc.pre(hasHours);
      const cal = compileCalendar(spec);
      const date = new Date(a + shift * DAY).toISOString().slice(0, 10);
      const actual = n >= 0 ? addBusinessDays(cal, date, n) : subtractBusinessDays(cal, date, -n);
      expect(actual).toBe(oracleAddBusinessDays(spec, date, n));
    }), { numRuns: 150, seed: 99 });
  });
});
