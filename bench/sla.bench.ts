/**
 * SLA engine bench: 100,000 open tickets × 10 events each (created, status changes incl. a pause,
 * a priority change, a first reply…), recomputed from scratch at one `now` — evaluateSla +
 * nextEscalationAt per ticket, as a sweep or a settings change does. Colombia preset (Bogotá
 * office hours, holidays 2025–2030, escalation rules 50/75/90/100 %). Seeded, whole minutes.
 * Target (perf-reliability.md §1.4): < 1 s for the 100k tickets.
 */
import { colombiaPreset, slaPolicyOf } from '../src/core/settings/index';
import { compileSlaPolicy, evaluateSla, type TicketEvent } from '../src/core/sla/index';
import { dueEscalations, nextEscalationAt } from '../src/core/escalation/index';
import { PRIORITIES } from '../src/core/priority/index';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { measure, mulberry32 } from './lib/measure';
import type { BenchResult } from './lib/types';

const N = Number(process.env.BENCH_SLA_N ?? 100_000);
const NOW = Date.parse('2026-11-20T15:00:00Z');
const MIN = 60_000;

/** 10 events within the 20 days before NOW, in order. */
function history(rnd: () => number): TicketEvent[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] ?? (xs[0] as T);
  const times = Array.from({ length: 10 }, () => NOW - Math.floor(rnd() * 20 * 1440) * MIN).sort((a, b) => a - b);
  const at = (i: number): string => new Date(times[i] ?? NOW).toISOString();
  const ev: TicketEvent[] = [
    { type: 'created', at: at(0), priority: pick(PRIORITIES), status: 'open' },
    { type: 'statusChanged', at: at(1), status: 'inProgress' },
    { type: 'priorityChanged', at: at(2), priority: pick(PRIORITIES) },
    { type: 'statusChanged', at: at(3), status: 'waitingRequester' },
    { type: 'statusChanged', at: at(4), status: 'inProgress' },
  ];
  if (rnd() < 0.6) ev.push({ type: 'agentReplied', at: at(5) });
  else ev.push({ type: 'statusChanged', at: at(5), status: 'inProgress' });
  ev.push({ type: 'statusChanged', at: at(6), status: 'waitingThirdParty' });
  ev.push({ type: 'statusChanged', at: at(7), status: 'inProgress' });
  if (rnd() < 0.2) ev.push({ type: 'resolved', at: at(8) }, { type: 'reopened', at: at(9) });
  else ev.push({ type: 'priorityChanged', at: at(8), priority: pick(PRIORITIES) }, { type: 'statusChanged', at: at(9), status: 'inProgress' });
  return ev;
}

/** The same seeded tickets in every thread; a worker takes the slice [from, to). */
function fixtures(from: number, to: number) {
  const settings = colombiaPreset();
  const policy = slaPolicyOf(settings, 'default');
  const rnd = mulberry32(42);
  const tickets = Array.from({ length: N }, () => history(rnd)).slice(from, to);
  return { settings, policy, rules: settings.escalationRules, tickets, ids: tickets.map((_, i) => `T-${from + i}`) };
}

/** Worker side: build its slice, say ready, sweep it on 'go', report how many got a wake-up. */
function workerMain(port: NonNullable<typeof parentPort>, from: number, to: number): void {
  const { policy, rules, tickets, ids } = fixtures(from, to);
  const now = new Date(NOW);
  const cal = compileSlaPolicy(policy).calendar;
  const fired: ReadonlySet<string> = new Set();
  const sweep = (): number => {
    let scheduled = 0;
    for (let i = 0; i < tickets.length; i++) {
      if (nextEscalationAt(ids[i] ?? '', cal, rules, evaluateSla(policy, tickets[i] ?? [], now), fired, now) !== null) scheduled++;
    }
    return scheduled;
  };
  sweep(); // warm-up
  port.on('message', () => port.postMessage(sweep()));
  port.postMessage('ready');
}

const range = (x: unknown): { from: number; to: number } | null => {
  if (typeof x !== 'object' || x === null || !('from' in x) || !('to' in x)) return null;
  return typeof x.from === 'number' && typeof x.to === 'number' ? { from: x.from, to: x.to } : null;
};
const job = isMainThread ? null : range(workerData);
if (job !== null && parentPort !== null) workerMain(parentPort, job.from, job.to);

/** Wall time of one sweep split over `k` worker threads (median of 3). */
async function parallelSweep(k: number): Promise<{ medianMs: number; scheduled: number }> {
  // the worker registers tsx itself, then loads this file (worker execArgv cannot carry --import on Node 20)
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const workers = Array.from({ length: k }, (_, w) => new Worker(boot, {
    eval: true,
    workerData: { from: Math.floor((w * N) / k), to: Math.floor(((w + 1) * N) / k) },
  }));
  const next = (wk: Worker) => new Promise<unknown>((resolve, reject) => { wk.once('message', resolve); wk.once('error', reject); });
  await Promise.all(workers.map(next)); // ready
  const times: number[] = [];
  let scheduled = 0;
  try {
    for (let r = 0; r < 3; r++) {
      const t0 = process.hrtime.bigint();
      const done = workers.map(next);
      for (const wk of workers) wk.postMessage('go');
      const counts = await Promise.all(done);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      scheduled = counts.reduce<number>((a, c) => a + (typeof c === 'number' ? c : 0), 0);
    }
  } finally {
    await Promise.all(workers.map((wk) => wk.terminate()));
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[1] ?? 0, scheduled };
}

export async function run(): Promise<BenchResult[]> {
  const s = 'sla';
  const { policy, rules, tickets, ids } = fixtures(0, N);
  const now = new Date(NOW);
  const fired: ReadonlySet<string> = new Set();

  const t0 = process.hrtime.bigint();
  const cal = compileSlaPolicy(policy).calendar;
  evaluateSla(policy, tickets[0] ?? [], now);
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const sweep = measure(s, `evaluateSla + nextEscalationAt, ${N} open tickets × 10 events`, N, (i) => {
    const clocks = evaluateSla(policy, tickets[i] ?? [], now);
    return nextEscalationAt(ids[i] ?? '', cal, rules, clocks, fired, now);
  });
  let scheduled = 0;
  for (const x of sweep.last) if (x !== null) scheduled++;
  // CPU time of one more pass: on a shared machine wall time includes other processes' work
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < N; i++) nextEscalationAt(ids[i] ?? '', cal, rules, evaluateSla(policy, tickets[i] ?? [], now), fired, now);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  sweep.result.note = `wall ${sweep.result.medianMs.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms for ${N} tickets (target < 1000 ms); ${scheduled} with a next wake-up; cold compile ${coldMs.toFixed(1)} ms`;

  const states: Record<string, number> = {};
  const full = measure(s, `evaluateSla + dueEscalations + nextEscalationAt, ${N} tickets`, N, (i) => {
    const clocks = evaluateSla(policy, tickets[i] ?? [], now);
    const due = dueEscalations(ids[i] ?? '', rules, clocks, fired, now);
    return { clocks, due: due.length, next: nextEscalationAt(ids[i] ?? '', cal, rules, clocks, fired, now) };
  }, { runs: 1, warmup: 1000 });
  let actions = 0;
  for (const r of full.last) {
    actions += r.due;
    for (const c of r.clocks) states[`${c.metric}.${c.state}`] = (states[`${c.metric}.${c.state}`] ?? 0) + 1;
  }
  full.result.note = `${actions} actions due; ${Object.entries(states).map(([k, v]) => `${k} ${v}`).join(', ')}`;

  const par = await parallelSweep(2);
  const parallel: BenchResult = {
    suite: s, name: `same sweep on 2 worker threads, ${N} tickets`, ops: N, runs: 3, medianMs: par.medianMs,
    usPerOp: (par.medianMs * 1000) / N, opsPerSec: Math.round((N / par.medianMs) * 1000),
    note: `${par.scheduled} with a next wake-up (must equal the single-thread count ${scheduled})`,
  };
  return [sweep.result, parallel, full.result];
}
