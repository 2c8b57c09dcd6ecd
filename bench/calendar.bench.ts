/**
 * Calendar bench: "due in 16 business hours" (addBusinessTime) and elapsed business time
 * (businessTimeBetween) on Bogotá office hours 08:00–12:00 + 14:00–17:00 Mon–Fri with the Colombian
 * holidays 2025–2027, against moment-business-time@2 configured identically, same inputs, same run.
 * Workload as perf-reliability.md §1.3: starts uniform over 2025-01-01 … 2026-12-01, whole minutes, seed 42.
 */
import moment from 'moment-business-time';
import { addBusinessTime, businessTimeBetween, compileCalendar } from '../src/core/calendar/index';
import { colombianHolidays } from '../src/core/holidays/index';
import { measure, mulberry32 } from './lib/measure';
import type { BenchResult } from './lib/types';

const N = Number(process.env.BENCH_CAL_N ?? 100_000);
const N_PEER = Number(process.env.BENCH_CAL_PEER_N ?? 3_000);
const H16 = 16 * 3_600_000;
const OFFICE = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
const MBT_DAY = ['08:00:00', '12:00:00', '14:00:00', '17:00:00'];
const HOLIDAYS = [2025, 2026, 2027].flatMap(colombianHolidays);

function starts(n: number, seed: number, from: number, to: number): number[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => from + Math.floor((rnd() * (to - from)) / 60_000) * 60_000);
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const s = 'calendar';

  const t0 = process.hrtime.bigint();
  const cal = compileCalendar({ timeZone: 'America/Bogota', week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, holidays: HOLIDAYS });
  addBusinessTime(cal, new Date(Date.UTC(2025, 0, 1)), 1);
  addBusinessTime(cal, new Date(Date.UTC(2026, 0, 1)), 1);
  addBusinessTime(cal, new Date(Date.UTC(2027, 0, 1)), 1);
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
  results.push({ suite: s, name: 'compileCalendar + build 3 year tables (cold)', ops: 1, runs: 1, medianMs: coldMs, usPerOp: coldMs * 1000, opsPerSec: Math.round(1000 / coldMs) });

  // ---- addBusinessTime: due in 16 business hours
  const xs = starts(N, 42, Date.UTC(2025, 0, 1), Date.UTC(2026, 11, 1));
  const ours = measure(s, `addBusinessTime +16 h, ${HOLIDAYS.length} holidays (ventanilla)`, N, (i) => addBusinessTime(cal, new Date(xs[i] ?? 0), H16).getTime(), { runs: 5 });
  results.push(ours.result);

  const savedTz = process.env.TZ;
  process.env.TZ = 'America/Bogota'; // moment-business-time works in the host zone
  try {
    moment.updateLocale('en', { workinghours: { 0: null, 1: MBT_DAY, 2: MBT_DAY, 3: MBT_DAY, 4: MBT_DAY, 5: MBT_DAY, 6: null }, holidays: HOLIDAYS });
    const peer = measure(s, `addWorkingTime(16,'hours') (moment-business-time)`, N_PEER, (i) => moment(xs[i] ?? 0).addWorkingTime(16, 'hours').valueOf(), { runs: 1, warmup: 200 });
    const same = measure(s, 'addBusinessTime +16 h, same inputs as the peer (ventanilla)', N_PEER, (i) => addBusinessTime(cal, new Date(xs[i] ?? 0), H16).getTime(), { runs: 5, warmup: 200 });
    let diff = 0;
    let example = '';
    for (let i = 0; i < N_PEER; i++) {
      if (peer.last[i] !== same.last[i]) {
        diff++;
        if (example === '') example = ` e.g. start ${new Date(xs[i] ?? 0).toISOString()}: mbt ${new Date(peer.last[i] ?? 0).toISOString()} vs ${new Date(same.last[i] ?? 0).toISOString()}`;
      }
    }
    same.result.note = `${(peer.result.usPerOp / same.result.usPerOp).toFixed(0)}× faster than the peer; ${diff}/${N_PEER} results differ${example}`;
    results.push(peer.result, same.result);

    // ---- businessTimeBetween: elapsed business time of open tickets (sweep-shaped)
    // "now" after closing time: moment-business-time's workingDiff miscounts when `to` falls before a
    // later segment of the same day (it adds those segments back), so the cross-check uses 17:30.
    const NOW = Date.parse('2026-11-20T22:30:00Z'); // Fri 17:30 Bogotá
    const created = starts(N, 7, NOW - 30 * 86_400_000, NOW);
    const between = measure(s, 'businessTimeBetween(created, now), tickets ≤ 30 days old (ventanilla)', N, (i) => businessTimeBetween(cal, new Date(created[i] ?? 0), new Date(NOW)), { runs: 5 });
    results.push(between.result);
    const now = moment(NOW);
    const peerDiff = measure(s, "workingDiff(now, created, 'minutes') (moment-business-time)", N_PEER, (i) => now.workingDiff(moment(created[i] ?? 0), 'minutes'), { runs: 1, warmup: 200 });
    let bdiff = 0;
    let bexample = '';
    for (let i = 0; i < N_PEER; i++) {
      const peerMin = peerDiff.last[i] ?? 0;
      const ourMin = (between.last[i] ?? 0) / 60_000;
      if (peerMin !== ourMin) {
        bdiff++;
        if (bexample === '') bexample = ` e.g. created ${new Date(created[i] ?? 0).toISOString()}: mbt ${peerMin} min vs ${ourMin}`;
      }
    }
    between.result.note = `${(peerDiff.result.usPerOp / between.result.usPerOp).toFixed(0)}× faster than the peer; ${bdiff}/${N_PEER} differ (minutes)${bexample}`;
    results.push(peerDiff.result);
  } finally {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  }
  return results;
}
