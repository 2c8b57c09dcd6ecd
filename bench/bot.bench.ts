/**
 * Teams bot throughput (perf-reliability.md §4.4): messages/s and p99 latency of the Ventanilla bot
 * (`createBot(...).handle` on node:http, anonymous, `deliveryMode: "expectReplies"`, answering the
 * "mis solicitudes" card from an in-memory service) against a bare CloudAdapter echo bot on the
 * same shim, in the same run, loopback only. Target: ≥ 0.8× the echo bot.
 */
import { createServer, request, Agent, type Server } from 'node:http';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import { createBot } from '../src/teams/bot/index';
import { botResponse, readActivityBody } from '../src/teams/bot/http-shim';
import type { Actor, ServiceResult, TicketService, TicketView } from '../src/teams/service/types';
import type { BenchResult } from './lib/types';

const CONCURRENCY = 32;
const WARMUP = 1000;
const PER_RUN = 4000;
const RUNS = 3;

function activity(i: number, text: string): string {
  return JSON.stringify({
    type: 'message', id: `act-${i}`, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
    timestamp: '2026-03-02T15:00:00.000Z', locale: 'es-CO', text,
    from: { id: `29:user-${i % 20}`, name: 'Bench', aadObjectId: `aad-${i % 20}` }, recipient: { id: '28:bot', name: 'Ventanilla' },
    conversation: { id: `a:conv-${i % 20}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  });
}

function view(n: number): TicketView {
  return {
    id: `t-${n}`, number: `PQRS-2026-${String(n).padStart(6, '0')}`, type: 'peticion', status: 'open', priority: 'P3', impact: 'media',
    urgency: 'media', tier: 'N1', channel: 'teams', category: null, locale: 'es',
    legal: { dueDate: '2026-03-23', dueAt: '2026-03-24T05:00:00.000Z', termDays: 15, extensionDays: 0, extended: false, canExtend: true, maxExtensionDays: 15, breached: false },
    sla: [{ metric: 'firstResponse', state: 'running', goalMs: 1, elapsedMs: 0, remainingMs: 1, dueAt: '2026-03-02T19:00:00.000Z', breachedAt: null }],
    breached: false, subject: `Solicitud ${n}`, description: 'x', requester: { name: 'Bench', email: 'bench@example.org' }, assigneeId: null,
    receivedAt: '2026-03-02T15:00:00.000Z', createdAt: '2026-03-02T15:00:00.000Z', updatedAt: '2026-03-02T15:00:00.000Z',
    history: [], csat: null, nextWakeUpAt: null, version: 1,
  };
}

/** In-memory service: the bot's own cost is what is measured, not a store's. */
function memoryService(): TicketService {
  const mine = [view(1), view(2), view(3)];
  const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value });
  const unused = async (): Promise<never> => { throw new Error('not used'); };
  return {
    identify: async (identity): Promise<Actor> => ({ ...identity, roles: ['requester'] }),
    listMine: async () => ok(mine),
    getByNumber: async () => ok(view(1)),
    get: async () => ok(view(1)),
    fileTicket: unused, listQueue: unused, act: unused, metrics: unused, semiannualCsv: unused,
    getSettings: unused, saveSettings: unused, preview: unused, recordPulse: unused,
  };
}

function echoServer(): Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(MessageFactory.text(`Recibido: ${context.activity.text}`));
    await next();
  });
  return createServer((req, res) => {
    void (async () => {
      const body = await readActivityBody(req);
      if (!body.ok) { res.statusCode = 400; res.end(); return; }
      await adapter.process({ body: body.body, headers: req.headers, method: req.method }, botResponse(res), (c) => bot.run(c));
    })();
  });
}

function ventanillaServer(): Server {
  const memory = new Map<string, Readonly<Record<string, unknown>>>();
  const bot = createBot({
    config: {},
    tickets: memoryService(),
    conversations: {
      save: async (s, k, r) => { memory.set(`${s}|${k}`, r); },
      get: async (s, k) => memory.get(`${s}|${k}`) ?? null,
      list: async () => [],
      delete: async (s, k) => { memory.delete(`${s}|${k}`); },
    },
    clock: { now: () => new Date() },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return createServer((req, res) => {
    void bot.handle(req, res);
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Sends `count` activities with CONCURRENCY in flight; returns elapsed ms and each latency. */
async function load(port: number, count: number, text: string, offset: number): Promise<{ ms: number; latencies: number[]; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const body = activity(offset + i, text);
      const t0 = process.hrtime.bigint();
      const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          const reply = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || !reply.includes('"activities"')) failures += 1;
          resolve();
        });
      });
      req.on('error', () => { failures += 1; resolve(); });
      req.end(body);
    });
  const worker = async () => {
    while (next < count) await one(next++);
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  agent.destroy();
  return { ms, latencies, failures };
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)] ?? 0;

export async function run(): Promise<BenchResult[]> {
  const echo = echoServer();
  const ours = ventanillaServer();
  const variants = [
    { name: 'bare CloudAdapter echo bot', port: await listen(echo), text: 'hola' },
    { name: 'Ventanilla bot, "mis solicitudes" card', port: await listen(ours), text: 'mis solicitudes' },
  ];
  const runs = new Map<string, { ms: number; p99: number; failures: number }[]>();
  for (const v of variants) await load(v.port, WARMUP, v.text, 0);
  for (let r = 0; r < RUNS; r += 1) {
    for (const v of variants) {
      const { ms, latencies, failures } = await load(v.port, PER_RUN, v.text, (r + 1) * 100_000);
      runs.set(v.name, [...(runs.get(v.name) ?? []), { ms, p99: p99(latencies), failures }]);
    }
  }
  echo.close();
  ours.close();
  const results = variants.map((v) => {
    const list = [...(runs.get(v.name) ?? [])].sort((a, b) => a.ms - b.ms);
    const median = list[Math.floor(list.length / 2)] ?? { ms: 0, p99: 0, failures: 0 };
    const failures = list.reduce((sum, x) => sum + x.failures, 0);
    return {
      suite: 'bot', name: v.name, ops: PER_RUN, runs: RUNS, medianMs: median.ms, usPerOp: (median.ms * 1000) / PER_RUN,
      opsPerSec: Math.round((PER_RUN / median.ms) * 1000),
      note: `p99 ${median.p99.toFixed(1)} ms at ${CONCURRENCY} in flight; p99 over runs ${list.map((x) => x.p99.toFixed(1)).join('/')}; failures ${failures}`,
    };
  });
  const [echoResult, oursResult] = results;
  if (echoResult && oursResult) oursResult.note = `${(oursResult.opsPerSec / echoResult.opsPerSec).toFixed(2)}× echo; ${oursResult.note}`;
  return results;
}
