/**
 * Shared set-up of the recompute-job tests: N open tickets cloned from one ticket filed through
 * the core (each linked to its own Jira issue, seeded straight into the KVS fake), a settings
 * save through the real resolver service, and a driver that delivers the queue over fake time.
 */
import { z } from 'zod';
import { fileTicket, PRIORITIES, type Settings, type Ticket } from '../../../src/core/index';
import { createHandlers } from '../../../src/jira/handlers';
import { settingsServices } from '../../../src/jira/resolvers/settings-services';
import { TICKET_ENTITY } from '../../../src/jira/store/entity';
import { toRecord } from '../../../src/jira/store/record';
import { makeDeps } from '../../fakes/builders';
import type { ForgeHarness } from '../../fakes/forge-runtime';
import type { QueuedEvent } from '../../fakes/forge-events/queue-fake';
import type { testContext } from '../harness';

type Ctx = ReturnType<typeof testContext>;
const MULTI = 'POST /rest/api/3/issue/properties/multi';
const multiBody = z.object({ issues: z.array(z.object({ issueID: z.number(), properties: z.record(z.string(), z.unknown()) })) });

/** Files one ticket at `filedAt` under the current settings and seeds `n` clones; returns issue ids by ticket. */
export async function seedOpen(h: ForgeHarness, ctx: Ctx, n: number, filedAt: string): Promise<{ template: Ticket; issues: Map<string, string> }> {
  const doc = await ctx().settings.current();
  const deps = makeDeps({ now: filedAt, settings: doc.settings });
  const r = await fileTicket(deps, {
    intakeKey: 'recompute-template', actor: { id: 'ana@example.org', role: 'requester' },
    request: { type: 'queja', subject: 'Recalcular', description: 'Plantilla', impact: 'media', urgency: 'baja', requester: { name: 'Ana', email: 'ana@example.org' } },
  });
  if (!r.ok) throw new Error(r.error.code);
  const issues = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const id = `rc-${String(i).padStart(5, '0')}`;
    const ticket: Ticket = { ...r.value, id, intakeKey: `rc:${id}`, number: `PQRS-2026-${String(i + 1).padStart(6, '0')}` };
    const issue = h.jira.state.create({ projectKey: 'PQRS', summary: ticket.number, reporter: 'cust' });
    issues.set(id, issue.id);
    h.kvs.seed(id, toRecord(ticket, { issueId: issue.id, issueKey: issue.key }), TICKET_ENTITY);
  }
  return { template: r.value, issues };
}

/** Saves the current settings with every resolution goal set to `minutes`, as an admin, through the resolver service. */
export async function saveGoal(h: ForgeHarness, ctx: Ctx, minutes: number): Promise<{ jobId: string; settings: Settings }> {
  const current = await ctx().settings.current();
  const settings = structuredClone(current.settings);
  for (const p of settings.slaPolicies) for (const k of PRIORITIES) p.goals.resolution[k] = minutes;
  h.setUser('admin-1');
  const out = await settingsServices.saveSettings(ctx(), { settings, jira: current.jira, expectedVersion: current.settings.meta.version }, { accountId: 'admin-1', locale: 'es', moduleType: 'jira:adminPage' });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return { jobId: out.data.recompute.jobId, settings: (await ctx().settings.current()).settings };
}

export interface Drive {
  deliveries: number;
  /** Consumer results, in delivery order. */
  results: unknown[];
  /** Push instants (ms) of every delivered event (deliverAt − delay). */
  pushedAt: number[];
}

/**
 * Delivers due events over fake time until the queue is empty or `stop(results)` says so;
 * `drop(event)` loses an event instead of delivering it (before the consumer sees it).
 */
export async function drive(h: ForgeHarness, ctx: Ctx, opts: { drop?: (e: QueuedEvent) => boolean; stop?: (d: Drive) => boolean } = {}): Promise<Drive> {
  const handlers = createHandlers(ctx);
  const d: Drive = { deliveries: 0, results: [], pushedAt: [] };
  const before = h.queue.delivered.length;
  for (let next = h.queue.nextAt(); next !== null && !(opts.stop?.(d) ?? false); next = h.queue.nextAt()) {
    h.time.set(new Date(next).toISOString());
    const first = h.queue.pending.filter((e) => e.deliverAt <= next).sort((a, b) => a.deliverAt - b.deliverAt)[0];
    if (first && opts.drop?.(first)) {
      h.queue.pending.splice(h.queue.pending.indexOf(first), 1);
      continue;
    }
    d.deliveries += await h.queue.deliverDue(async (event) => {
      const res = await handlers.escalate(event);
      d.results.push(res);
      return res;
    });
  }
  d.pushedAt = h.queue.delivered.slice(before).map((e) => e.deliverAt - (e.delayInSeconds ?? 0) * 1000);
  return d;
}

/** How many times each issue was in a bulk property request since request index `from`. */
export function propertyWrites(h: ForgeHarness, from = 0): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of h.jira.requests.slice(from)) {
    if (`${r.method} ${r.template}` !== MULTI) continue;
    for (const i of multiBody.parse(r.body).issues) counts.set(String(i.issueID), (counts.get(String(i.issueID)) ?? 0) + 1);
  }
  return counts;
}

/** The `resolutionDue` of every issue's `ventanilla` property. */
export function resolutionDues(h: ForgeHarness, issueIds: Iterable<string>): Set<unknown> {
  const out = new Set<unknown>();
  for (const id of issueIds) {
    const prop = z.object({ resolutionDue: z.string().nullable() }).loose().safeParse(h.jira.state.issues.get(id)?.properties.get('ventanilla'));
    out.add(prop.success ? prop.data.resolutionDue : undefined);
  }
  return out;
}

/** The largest number of instants in one clock minute. */
export function maxPerMinute(instants: number[]): number {
  const per = new Map<number, number>();
  for (const t of instants) per.set(Math.floor(t / 60_000), (per.get(Math.floor(t / 60_000)) ?? 0) + 1);
  return Math.max(0, ...per.values());
}
