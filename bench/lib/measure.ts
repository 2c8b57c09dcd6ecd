import type { BenchResult } from './types';

/**
 * Times `fn(i)` for i = 0 … ops-1: `warmup` untimed calls first, then `runs` timed runs; reports
 * the median. The returned `last` holds the values of the last run (for cross-checks).
 */
export function measure<T>(suite: string, name: string, ops: number, fn: (i: number) => T, opts: { runs?: number; warmup?: number } = {}): { result: BenchResult; last: T[] } {
  const runs = opts.runs ?? 3;
  const warmup = Math.min(opts.warmup ?? 2000, ops);
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  let last: T[] = [];
  for (let r = 0; r < runs; r++) {
    const out = new Array<T>(ops);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ops; i++) out[i] = fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    last = out;
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return {
    result: { suite, name, ops, runs, medianMs, usPerOp: (medianMs * 1000) / ops, opsPerSec: Math.round((ops / medianMs) * 1000) },
    last,
  };
}

/** Deterministic PRNG (mulberry32), as in perf-reliability.md Appendix A. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
