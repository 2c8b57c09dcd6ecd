/**
 * The paced recompute job (ADR 0082) at scale: 100,000 open tickets in the custom entity, a
 * settings save that changes every resolution goal, then the whole chain delivered over fake time
 * with the sweep's resume hook every 5 minutes (the chain pauses at CHAIN_PUSH_LIMIT pushes and
 * is re-seeded there). On the runtime fakes (real @forge/kvs, @forge/events, @forge/api code;
 * in-memory KVS; msw Jira). Reports events pushed, the most pushed in any clock minute, Jira and
 * KVS requests, the simulated duration, and CPU (total, inside the in-memory KVS server, and the
 * slowest single event — what must fit the consumer's 120 s timeout).
 */
import { Queue } from '@forge/events';
import { fileTicket, PRIORITIES, type Settings, type Ticket } from '../src/core/index';
import { createHandlers } from '../src/jira/handlers';
import { settingsServices } from '../src/jira/resolvers/settings-services';
import { makeContext } from '../src/jira/service/context';
import { TICKET_ENTITY } from '../src/jira/store/entity';
import { toRecord } from '../src/jira/store/record';
import { readJob } from '../src/jira/sweep/recompute-job';
import { resumeBackgroundWork } from '../src/jira/sweep/recompute-resume';
import { QUEUE_KEY } from '../src/jira/sweep/sweep';
import { makeDeps } from '../test/fakes/builders';
import { installForgeRuntime } from '../test/fakes/forge-runtime';
import { meterFakeKvs } from './lib/fake-kvs-cpu';
import type { BenchResult } from './lib/types';

const NOW = '2026-03-20T15:00:00.000Z'; // Fri 10:00 Bogotá
const OPEN = Number(process.env.BENCH_RECOMPUTE_OPEN ?? 100_000);
const SWEEP_MS = 5 * 60_000;

async function template(settings: Settings): Promise<Ticket> {
  const deps = makeDeps({ now: NOW, settings });
  const r = await fileTicket(deps, {
    intakeKey: 'bench', actor: { id: 'ana@example.org', role: 'requester' },
    request: { type: 'queja', subject: 'Bench', description: 'Bench ticket', impact: 'media', urgency: 'baja', requester: { name: 'Ana', email: 'ana@example.org' } },
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

export async function run(): Promise<BenchResult[]> {
  process.env.VENTANILLA_INTAKE_PROJECT = 'PQRS';
  const h = installForgeRuntime(NOW);
  h.listen();
  try {
    const context = () => makeContext({ clock: { now: () => new Date(h.time.now()) } });
    const current = await context().settings.current();
    const base = await template(current.settings);
    // Issues are not created in the Jira fake (it would be quadratic); the bulk property route ignores unknown ids.
    for (let i = 0; i < OPEN; i++) {
      const id = `bench-${String(i).padStart(6, '0')}`;
      const ticket: Ticket = { ...base, id, intakeKey: `bench:${id}`, number: `PQRS-2026-${String(i + 1).padStart(6, '0')}` };
      h.kvs.seed(id, toRecord(ticket, { issueId: String(200_000 + i), issueKey: `PQRS-${i + 1}` }), TICKET_ENTITY);
    }
    const handlers = createHandlers(context);
    const fakeKvsMs = meterFakeKvs(h);
    const settings = structuredClone(current.settings);
    // Worst case: every ticket's wake-up moves, so every ticket is saved (first-response goal + 1 h, resolution 2 days).
    for (const p of settings.slaPolicies) for (const k of PRIORITIES) { p.goals.firstResponse[k] += 60; p.goals.resolution[k] = 2 * 480; }
    h.setUser('admin-1');
    const kvs0 = h.kvs.total();
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const saveCpu0 = process.cpuUsage();
    const saved = await settingsServices.saveSettings(context(), { settings, jira: current.jira, expectedVersion: current.settings.meta.version }, { accountId: 'admin-1', locale: 'es', moduleType: 'jira:adminPage' });
    const saveCpu = process.cpuUsage(saveCpu0);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const start = h.time.now();
    let nextSweep = Math.ceil(start / SWEEP_MS) * SWEEP_MS;
    let deliveries = 0;
    let maxEventMs = 0;
    let reseeds = 0;
    const queue = new Queue({ key: QUEUE_KEY });
    for (;;) {
      const next = h.queue.nextAt();
      const job = await readJob();
      if (next === null && job?.status === 'done') break;
      if (next === null || nextSweep <= next) {
        h.time.set(new Date(nextSweep).toISOString());
        const r = await resumeBackgroundWork(context(), queue);
        if (r.recompute.startsWith('resumed')) reseeds++;
        nextSweep += SWEEP_MS;
        if (h.time.now() - start > 24 * 3600_000) throw new Error('recompute did not finish in a simulated day');
        continue;
      }
      h.time.set(new Date(next).toISOString());
      deliveries += await h.queue.deliverDue(async (event) => {
        const c = process.cpuUsage();
        const res = await handlers.escalate(event);
        const d = process.cpuUsage(c);
        maxEventMs = Math.max(maxEventMs, (d.user + d.system) / 1000);
        return res;
      });
    }
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const job = await readJob();
    const perMinute = new Map<number, number>();
    for (const e of h.queue.delivered) {
      const m = Math.floor((e.deliverAt - (e.delayInSeconds ?? 0) * 1000) / 60_000);
      perMinute.set(m, (perMinute.get(m) ?? 0) + 1);
    }
    const maxPerMinute = Math.max(0, ...perMinute.values());
    const simulatedMin = (h.time.now() - start) / 60_000;
    const note = `events pushed ${h.queue.pushes} (max ${maxPerMinute} in any minute; sweep re-seeds ${reseeds}), deliveries ${deliveries}; ` +
      `processed ${job?.processed ?? 0}, changed ${job?.changed ?? 0}, status ${job?.status ?? 'none'}; simulated ${simulatedMin.toFixed(0)} min; ` +
      `Jira requests ${h.jira.requests.length} (property writes ${h.jira.count('POST /rest/api/3/issue/properties/multi')}), KVS requests ${h.kvs.total() - kvs0}; ` +
      `save resolver CPU ${((saveCpu.user + saveCpu.system) / 1000).toFixed(0)} ms; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms total ` +
      `(${fakeKvsMs().toFixed(0)} ms inside the in-memory KVS server), slowest event ${maxEventMs.toFixed(0)} ms`;
    if (h.jira.violations.length > 0) throw new Error(h.jira.violations.join('\n'));
    return [{ suite: 'recompute', name: `recompute job after a settings save, ${OPEN.toLocaleString('en')} open`, ops: OPEN, runs: 1, medianMs: wallMs, usPerOp: (wallMs * 1000) / OPEN, opsPerSec: Math.round((OPEN / wallMs) * 1000), note }];
  } finally {
    h.close();
  }
}
