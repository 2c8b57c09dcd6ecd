/**
 * One UTC year of a calendar as sorted, merged open intervals in epoch ms with prefix sums, so that
 * "open ms before t" and "instant where the count reaches x" are binary searches. @internal
 */
import { DAY_MS, weekdayOfDay } from './local-date';
import type { OffsetSegment } from './zone';

export interface YearTable {
  readonly from: number; // Jan 1 00:00 UTC of the year
  readonly to: number; // Jan 1 00:00 UTC of the next year
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** before[i] = open ms in [from, starts[i]); after[i] = before[i] + (ends[i] - starts[i]) */
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly total: number;
}

/** Inputs of a table: the day rules of the calendar. */
export interface DayRules {
  /** per weekday (0 = Sunday), flat [startMin, endMin, startMin, endMin, …], sorted, non-overlapping */
  readonly week: readonly (readonly number[])[];
  readonly holidays: ReadonlySet<number>;
  /** merged, sorted closures: [from0, to0, from1, to1, …] */
  readonly closures: readonly number[];
}

/**
 * Open intervals of the UTC year `[from, to)`. For each constant-offset segment, the local days it
 * shows are walked and each range `[a, b)` of an open day becomes the instants whose local time lies in
 * it, clipped to the segment: skipped local times (spring forward) produce nothing and a repeated
 * local hour (fall back) is produced once per segment, i.e. twice.
 */
export function buildYearTable(from: number, to: number, segments: readonly OffsetSegment[], rules: DayRules): YearTable {
  const raw: number[] = [];
  for (const seg of segments) {
    const o = seg.offset;
    const lFrom = seg.from + o;
    const lTo = seg.to + o;
    for (let day = Math.floor(lFrom / DAY_MS); day * DAY_MS < lTo; day++) {
      const ranges = rules.week[weekdayOfDay(day)];
      if (ranges === undefined || ranges.length === 0 || rules.holidays.has(day)) continue;
      for (let k = 0; k + 1 < ranges.length; k += 2) {
        const s = Math.max(day * DAY_MS + (ranges[k] ?? 0) * 60_000, lFrom);
        const e = Math.min(day * DAY_MS + (ranges[k + 1] ?? 0) * 60_000, lTo);
        if (s < e) pushMerged(raw, s - o, e - o);
      }
    }
  }
  const open = subtract(raw, rules.closures);
  const n = open.length / 2;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const s = open[2 * i] ?? 0;
    const e = open[2 * i + 1] ?? 0;
    starts[i] = s;
    ends[i] = e;
    before[i] = acc;
    acc += e - s;
    after[i] = acc;
  }
  return { from, to, starts, ends, before, after, total: acc };
}

/** Appends [s, e) to a sorted flat list, merging with the last interval when they touch. */
function pushMerged(list: number[], s: number, e: number): void {
  const lastEnd = list[list.length - 1];
  if (lastEnd !== undefined && s <= lastEnd) {
    if (e > lastEnd) list[list.length - 1] = e;
  } else {
    list.push(s, e);
  }
}

/** Sorted intervals minus sorted closures (both flat [s, e, …]). */
function subtract(open: readonly number[], closures: readonly number[]): number[] {
  if (closures.length === 0) return [...open];
  const out: number[] = [];
  let c = 0;
  for (let i = 0; i + 1 < open.length; i += 2) {
    let s = open[i] ?? 0;
    const e = open[i + 1] ?? 0;
    while (c + 1 < closures.length && (closures[c + 1] ?? 0) <= s) c += 2;
    let k = c;
    while (s < e && k + 1 < closures.length && (closures[k] ?? 0) < e) {
      const cs = closures[k] ?? 0;
      const ce = closures[k + 1] ?? 0;
      if (cs > s) out.push(s, cs);
      s = Math.max(s, ce);
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

/** Open ms in `[table.from, t)`, for `t` in `[table.from, table.to]`. */
export function openBefore(table: YearTable, t: number): number {
  const { starts, ends, before } = table;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || t <= (starts[0] ?? 0)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= t) lo = mid; else hi = mid - 1;
  }
  const s = starts[lo] ?? 0;
  return (before[lo] ?? 0) + Math.min(t, ends[lo] ?? 0) - s;
}

/** Earliest instant where the open ms since `table.from` reaches `target`, for 0 < target ≤ total. */
export function instantAt(table: YearTable, target: number): number {
  const { starts, before, after } = table;
  let lo = 0;
  let hi = after.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((after[mid] ?? 0) >= target) hi = mid; else lo = mid + 1;
  }
  return (starts[lo] ?? 0) + (target - (before[lo] ?? 0));
}
