import { describe, expect, it } from 'vitest';
import { offsetAt, yearSegments } from '../../../src/core/calendar/zone';

const ZONES = ['America/Bogota', 'America/New_York', 'Europe/Madrid', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'Africa/Casablanca', 'Asia/Tehran', 'Pacific/Apia'];

describe('zone offset segments (daily sampling + bisection) agree with a 6-hourly scan', () => {
  it.each(ZONES.map((z) => [z, z === 'Pacific/Apia' ? 2011 : 2026] as const))('%s %i', (zone, year) => {
    const segs = yearSegments(zone, year);
    expect(segs[0]?.from).toBe(Date.UTC(year, 0, 1));
    expect(segs[segs.length - 1]?.to).toBe(Date.UTC(year + 1, 0, 1));
    for (let i = 1; i < segs.length; i++) {
      expect(segs[i]?.from).toBe(segs[i - 1]?.to);
      expect(segs[i]?.offset).not.toBe(segs[i - 1]?.offset);
    }
    let k = 0;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * 3_600_000) {
      while ((segs[k]?.to ?? Infinity) <= t) k++;
      if (segs[k]?.offset !== offsetAt(zone, t)) expect.fail(`${zone} ${new Date(t).toISOString()}`);
    }
    for (const seg of segs.slice(1)) {
      expect(offsetAt(zone, seg.from)).toBe(seg.offset); // the change is found to the millisecond
      expect(offsetAt(zone, seg.from - 1)).not.toBe(seg.offset);
    }
  });
});
