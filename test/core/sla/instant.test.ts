import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseInstantMs } from '../../../src/core/sla/instant';

describe('parseInstantMs', () => {
  it.each([
    '2026-03-02T08:00:00-05:00', '2026-03-02T08:00-05:00', '2026-03-02T13:00:00Z', '2026-03-02T13:00:00.5Z',
    '2026-03-02T13:00:00.123456Z', '2024-02-29T23:59:59.999+14:00', '1969-12-31T23:59:59Z', '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z', 'not a date', '2026-03-02T24:00:00Z', '2026-03-02T08:00:00+0500',
  ])('%s agrees with Date.parse', (s) => {
    expect(parseInstantMs(s)).toEqual(Date.parse(s));
  });

  it.each(['2026-03-02', '2026-03-02T08:00:00', '2026-03-02T08:00'])(
    '%s has no offset, so it is rejected (NaN) instead of read in the host zone',
    (s) => {
      expect(parseInstantMs(s)).toBeNaN();
    },
  );

  it('agrees with Date.parse on random instants and offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 7e12 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), fc.boolean(), (t, offMin, z) => {
        const iso = new Date(t).toISOString();
        if (z) {
          expect(parseInstantMs(iso)).toBe(t);
          return;
        }
        const local = new Date(t + offMin * 60_000).toISOString().slice(0, 23);
        const sign = offMin < 0 ? '-' : '+';
        const a = Math.abs(offMin);
        const s = `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
        expect(parseInstantMs(s)).toBe(Date.parse(s));
      }),
    );
  });
});
