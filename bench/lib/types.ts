/** One measured line of a benchmark. Every `bench/*.bench.ts` exports `run(): Promise<BenchResult[]>`. */
export interface BenchResult {
  /** file the result comes from, e.g. `'calendar'` (set by the runner when empty) */
  suite: string;
  /** what was measured, e.g. `'addBusinessTime 16 h (ventanilla)'` */
  name: string;
  /** operations per timed run */
  ops: number;
  /** timed runs (the median is reported) */
  runs: number;
  medianMs: number;
  usPerOp: number;
  opsPerSec: number;
  /** free text: ratio to a peer, disagreements, checksum … */
  note?: string;
}

/** Shape of a bench module. */
export interface BenchModule {
  run: () => Promise<BenchResult[]>;
}
