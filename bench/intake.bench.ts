/**
 * Teams server intake: durable intakes/s (SQLite WAL, synchronous=FULL, group commit) through the
 * ticket service and over HTTP on loopback; then the store with 100,000 tickets: memory, file
 * size and the scheduler/queue queries. Appends "## Teams server intake" to bench/RESULTS.md.
 */
import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ticket } from '../src/core/index';
import { startApp, type App } from '../src/teams/app';
import { memoryLogger } from '../src/teams/logger';
import { ManualAlarm } from '../src/teams/scheduler/timers';
import type { Actor } from '../src/teams/service/types';
import { systemClock } from '../src/teams/system-clock';
import type { BenchResult } from './lib/types';

const SUITE = 'intake';
const REQUESTER = 'bench@example.org';
const ACTOR: Actor = { id: REQUESTER, name: 'Bench', email: REQUESTER, roles: ['requester'], locale: 'es' };
const intake = (i: number) => ({
  type: i % 3 === 0 ? 'queja' : 'peticion', subject: `Bench ${i}`, description: `Solicitud de prueba número ${i}.`,
  impact: 'media', urgency: i % 2 ? 'alta' : 'media', channel: 'api', requester: { name: 'Bench', email: REQUESTER },
});

async function open(label: string): Promise<{ app: App; dbPath: string }> {
  const dbPath = join(mkdtempSync(join(tmpdir(), `ventanilla-bench-${label}-`)), 'v.db');
  const app = await startApp({
    config: { port: 0, host: '127.0.0.1', dbPath, entra: null, seed: false, staticRoot: null },
    clock: systemClock, logger: memoryLogger(), alarm: new ManualAlarm(), bot: false,
  });
  return { app, dbPath };
}

async function pool(total: number, concurrency: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await work(next++);
  }));
  return performance.now() - t0;
}

function result(name: string, ops: number, ms: number, note?: string): BenchResult {
  return { suite: SUITE, name, ops, runs: 1, medianMs: ms, usPerOp: (ms * 1000) / ops, opsPerSec: Math.round((ops / ms) * 1000), ...(note && { note }) };
}

function postJson(agent: Agent, url: URL, body: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Ventanilla-User': REQUESTER, 'Idempotency-Key': key },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  // 1. Service level: concurrent durable fileTicket calls (each acknowledged after COMMIT + fsync).
  {
    const { app } = await open('service');
    const N = 3000;
    const ms = await pool(N, 64, async (i) => {
      const r = await app.service.fileTicket(intake(i), ACTOR, `bench:${i}`, 'es');
      if (!r.ok) throw new Error(`intake ${i} failed: ${r.error.code}`);
    });
    results.push(result('fileTicket, 64 concurrent, durable (service)', N, ms, `${await app.tickets.count()} stored`));
    await app.close();
  }

  // 2. HTTP: POST /api/tickets over loopback, keep-alive, 64 connections (client in the same process).
  {
    const { app } = await open('http');
    const N = 3000;
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const url = new URL('/api/tickets', app.url);
    const latencies: number[] = [];
    let bad = 0;
    const ms = await pool(N, 64, async (i) => {
      const t0 = performance.now();
      const status = await postJson(agent, url, JSON.stringify(intake(i)), `bench-${i}`);
      latencies.push(performance.now() - t0);
      if (status !== 201) bad++;
    });
    latencies.sort((a, b) => a - b);
    agent.destroy();
    results.push(result('POST /api/tickets, 64 connections, durable (HTTP)', N, ms,
      `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, non-201: ${bad}`));
    await app.close();
  }

  // 3. 100,000 tickets in the store: RSS, heap, file size, and the queries the server runs.
  {
    const { app, dbPath } = await open('100k');
    const filed = await app.service.fileTicket(intake(0), ACTOR, 'bench:template', 'es');
    if (!filed.ok) throw new Error('template intake failed');
    const template = await app.tickets.get(filed.value.ticket.id);
    if (!template) throw new Error('template missing');
    const N = 100_000;
    const base = Date.parse(template.createdAt);
    const t0 = performance.now();
    for (let start = 1; start < N; start += 1000) {
      const batch: Promise<unknown>[] = [];
      for (let i = start; i < Math.min(N, start + 1000); i++) {
        const at = new Date(base - i * 60_000).toISOString();
        const t: Ticket = {
          ...template, id: `bulk-${i}`, number: `PQRS-2025-${String(i).padStart(6, '0')}`, intakeKey: `bulk:${i}`,
          status: i % 4 === 0 ? 'closed' : 'open', tier: i % 7 === 0 ? 'N2' : 'N1',
          requester: { name: 'Bench', email: `user${i % 5000}@example.org` },
          nextWakeUpAt: i % 4 === 0 ? null : new Date(base + (i % 9973) * 60_000).toISOString(), createdAt: at, updatedAt: at,
        };
        batch.push(app.tickets.create(t));
      }
      await Promise.all(batch);
    }
    const loadMs = performance.now() - t0;
    results.push(result('store.create (bulk load, batches of 1,000)', N - 1, loadMs, `${await app.tickets.count()} tickets`));
    global.gc?.();
    const mem = process.memoryUsage();
    const size = statSync(dbPath).size + (() => { try { return statSync(`${dbPath}-wal`).size; } catch { return 0; } })();
    const time = async (name: string, ops: number, fn: () => Promise<unknown>) => {
      const s = performance.now();
      for (let i = 0; i < ops; i++) await fn();
      results.push(result(name, ops, performance.now() - s));
    };
    await time('earliestWakeUp @100k', 200, () => app.tickets.earliestWakeUp());
    await time('dueForWakeUp(now, 200) @100k', 50, () => app.tickets.dueForWakeUp(new Date(base + 3_600_000), 200));
    await time('list mine (requester e-mail) @100k', 200, () => app.tickets.list({ requesterEmail: 'user42@example.org', sort: '-createdAt', limit: 500 }));
    await time('queue N2 open, limit 2000 @100k', 5, () => app.tickets.list({ status: 'open', tier: 'N2', limit: 2000 }));
    results.push({
      suite: SUITE, name: 'memory with 100,000 tickets', ops: N, runs: 1, medianMs: 0, usPerOp: 0, opsPerSec: 0,
      note: `RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, database ${(size / 2 ** 20).toFixed(0)} MB`,
    });
    await app.close();
  }

  writeSection(results);
  return results;
}

/** What the profile of this bench showed (2026-11-26, same machine); kept with every re-run. */
const NOTES = [
  'Reading the figures: fsync is not the limit. Group commit folded 3,000 intakes into ~47 commits',
  '(~64 per fsync; the radicado counter rides in the same commit as the ticket). A CPU profile of the',
  'service path puts ~40 % of the time in `store.list` + JSON parsing called by the core\'s routing',
  '(`chooseAssignee` reads the 50 newest tickets of the tier and every agent\'s open tickets for each',
  'intake), then GC. While other sessions loaded the 2 vCPUs (load average 10–18), the service path',
  'measured 129–204 intakes/s here; in a quieter moment the same 3,000-intake script measured 545–683/s',
  'in memory and 580/s on disk. Goal ≥ 500 durable intakes/s: met only on a quiet machine; the fix is',
  'in the core (a load count per agent / last assignee per tier as store queries instead of full lists).',
];

function writeSection(results: BenchResult[]): void {
  const path = join(import.meta.dirname, 'RESULTS.md');
  const heading = '## Teams server intake';
  const lines = [
    '', heading, '',
    `Run ${new Date().toISOString()} on this machine (Node ${process.version}, ${cpus().length} vCPU, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}, loopback, client and server in one process, SQLite WAL + synchronous=FULL, group commit). Goal: ≥ 500 durable intakes/s.`,
    '', '| measure | ops | ms | ops/s | note |', '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.ops} | ${r.medianMs.toFixed(1)} | ${r.opsPerSec} | ${r.note ?? ''} |`),
    '',
    ...NOTES,
    '',
    '',
  ];
  const existing = readFileSync(path, 'utf8');
  const start = existing.indexOf(heading);
  if (start < 0) {
    appendFileSync(path, lines.join('\n'));
    return;
  }
  const after = existing.indexOf('\n## ', start + heading.length);
  const end = after < 0 ? existing.length : after + 1;
  writeFileSync(path, `${existing.slice(0, start).replace(/\n+$/, '\n')}${lines.slice(1).join('\n')}${existing.slice(end)}`);
}
