/**
 * Time-zone offsets from `Intl.DateTimeFormat` (no tz library): the UTC offset of a zone at an
 * instant, and the zone's constant-offset segments over a UTC year (found by sampling every 24 h and
 * bisecting each change to the millisecond). Both are pure, so they are memoised per zone and year.
 * @internal
 */
import { invalidArgument } from './errors';

/** A stretch of instants `[from, to)` during which the zone's offset is constant. */
export interface OffsetSegment {
  readonly from: number;
  readonly to: number;
  /** local wall-clock (as UTC ms) minus instant, in ms */
  readonly offset: number;
}

/** First and last UTC years the engine supports. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9998;

/**
 * Sampling step. Two offset changes that cancel out within one step would be missed; real zones
 * change at most a few times a year (test/core/calendar/zone.test.ts compares with a 6-hourly scan).
 */
const SAMPLE_MS = 24 * 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const segmentCache = new Map<string, readonly OffsetSegment[]>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is a time zone name `Intl` knows (IANA names, not raw offsets). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.length === 0 || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Offset (local − UTC, ms) of `zone` at instant `t`, straight from Intl. */
export function offsetAt(zone: string, t: number): number {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of formatter(zone).formatToParts(t)) {
    switch (p.type) {
      case 'year': y = Number(p.value); break;
      case 'month': mo = Number(p.value); break;
      case 'day': d = Number(p.value); break;
      case 'hour': h = Number(p.value) % 24; break;
      case 'minute': mi = Number(p.value); break;
      case 'second': s = Number(p.value); break;
      default: break;
    }
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - (t - (((t % 1000) + 1000) % 1000));
}

/** Checks that `t` lies in the supported UTC years and returns its UTC year. */
export function utcYearOf(t: number): number {
  if (!Number.isFinite(t)) invalidArgument('instant: not a valid date');
  const y = new Date(t).getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) invalidArgument(`instant: ${new Date(t).toISOString()} is outside years ${MIN_YEAR}–${MAX_YEAR}`);
  return y;
}

/** Constant-offset segments of `zone` covering exactly the UTC year `[Jan 1 Y, Jan 1 Y+1)`. */
export function yearSegments(zone: string, year: number): readonly OffsetSegment[] {
  const key = `${zone}|${year}`;
  const hit = segmentCache.get(key);
  if (hit) return hit;
  const b0 = Date.UTC(year, 0, 1);
  const b1 = Date.UTC(year + 1, 0, 1);
  const out: OffsetSegment[] = [];
  let segStart = b0;
  let cur = offsetAt(zone, b0);
  let prev = b0;
  for (let t = Math.min(b0 + SAMPLE_MS, b1); ; t = Math.min(t + SAMPLE_MS, b1)) {
    while (offsetAt(zone, t) !== cur) {
      let lo = prev; // offset(lo) === cur
      let hi = t; // offset(hi) !== cur
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(zone, mid) === cur) lo = mid; else hi = mid;
      }
      if (hi > segStart) out.push({ from: segStart, to: hi, offset: cur });
      segStart = hi;
      prev = hi;
      cur = offsetAt(zone, hi);
    }
    prev = t;
    if (t >= b1) break;
  }
  if (b1 > segStart) out.push({ from: segStart, to: b1, offset: cur });
  segmentCache.set(key, out);
  return out;
}

/** Constant-offset segments covering at least `[from, to)` (whole UTC years). */
export function segmentsCovering(zone: string, from: number, to: number): OffsetSegment[] {
  const y0 = utcYearOf(from);
  const y1 = utcYearOf(to);
  const out: OffsetSegment[] = [];
  for (let y = y0; y <= y1; y++) out.push(...yearSegments(zone, y));
  return out;
}

/** Offset of `zone` at `t`, read from the cached year segments (binary search). */
export function cachedOffsetAt(zone: string, t: number): number {
  const segs = yearSegments(zone, utcYearOf(t));
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid];
    if (s !== undefined && s.from <= t) lo = mid; else hi = mid - 1;
  }
  const seg = segs[lo];
  return seg === undefined ? offsetAt(zone, t) : seg.offset;
}
