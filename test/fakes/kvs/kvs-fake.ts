/**
 * In-memory implementation of the Forge KVS / Custom Entity Store HTTP API that `@forge/kvs`
 * speaks (`POST /api/v1/...`, JSON bodies, `{ code, message }` errors). Plugged in by
 * test/fakes/forge-runtime.ts so the real `@forge/kvs` code runs in tests.
 *
 * Entity indexes are declared up front (the app passes the same definitions its manifest has).
 * Unverified detail: the error code a failed `FAIL_IF_EXISTS` or transaction condition returns
 * is not documented; the fake answers 409 with `KEY_ALREADY_EXISTS` / `CONDITION_FAILED`, and the
 * app re-reads after any error instead of trusting the code (ADR 0032).
 */
import { z } from 'zod';
import { compareIndexValues, matches, matchesFilters } from './conditions';

export interface EntityIndexDef {
  name: string;
  range: string[];
  partition?: string[];
}
export interface EntityDef {
  name: string;
  indexes: EntityIndexDef[];
}
interface Item {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | null;
}

const condition = z.object({ condition: z.string(), property: z.string().optional(), values: z.array(z.unknown()) });
const filters = z.object({ and: z.array(condition).optional(), or: z.array(condition).optional() });
const ttl = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const setOptions = z.object({ ttl: ttl.optional(), keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional() }).loose();
const keyBody = z.object({ key: z.string().min(1).max(500), entityName: z.string().optional() });
const setBody = keyBody.extend({ value: z.unknown(), options: setOptions.optional() });
const queryBody = z.object({
  limit: z.number().int().optional(),
  after: z.string().optional(),
  where: z.array(condition).optional(),
});
const entityQueryBody = z.object({
  entityName: z.string(),
  indexName: z.string(),
  limit: z.number().int().optional(),
  cursor: z.string().optional(),
  range: z.object({ condition: z.string(), values: z.array(z.unknown()) }).optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  partition: z.array(z.unknown()).optional(),
});
const txBody = z.object({
  set: z.array(setBody.extend({ conditions: filters.optional() })).optional(),
  delete: z.array(keyBody.extend({ conditions: filters.optional() })).optional(),
  check: z.array(keyBody.extend({ conditions: filters })).optional(),
});

const UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;
const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const err = (status: number, code: string, message: string) => json(status, { code, message });

/** A KVS server in memory. `now` is injectable (TTL); `stats` counts requests per path. */
export class KvsFake {
  private readonly plain = new Map<string, Item>();
  private readonly entities = new Map<string, Map<string, Item>>();
  private readonly defs: Map<string, EntityDef>;
  readonly stats = new Map<string, number>();
  /** Make the next N requests fail with 429 (to test backoff). */
  failNext = 0;

  constructor(defs: EntityDef[], private readonly now: () => number = () => 0) {
    this.defs = new Map(defs.map((d) => [d.name, d]));
  }

  /** Number of requests to `path` so far (e.g. `'/api/v1/entity/query'`). */
  count(path: string): number {
    return this.stats.get(path) ?? 0;
  }

  /** Total requests so far. */
  total(): number {
    return [...this.stats.values()].reduce((a, b) => a + b, 0);
  }

  /** Direct read for assertions. */
  peek(key: string, entityName?: string): unknown {
    return this.live(this.space(entityName), key)?.value;
  }

  /** Direct write for seeding large data sets quickly (bench). */
  seed(key: string, value: unknown, entityName?: string): void {
    this.space(entityName).set(key, { value, createdAt: this.now(), updatedAt: this.now(), expiresAt: null });
  }

  /** Handles one request from `@forge/kvs`. */
  async handle(path: string, init: RequestInit | undefined): Promise<Response> {
    this.stats.set(path, (this.stats.get(path) ?? 0) + 1);
    if (this.failNext > 0) {
      this.failNext--;
      return err(429, 'RATE_LIMIT_EXCEEDED', 'rate limited');
    }
    const raw: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : '{}');
    switch (path) {
      case '/api/v1/get':
      case '/api/v1/secret/get':
      case '/api/v1/entity/get': return this.get(keyBody.parse(raw), path);
      case '/api/v1/set':
      case '/api/v1/secret/set':
      case '/api/v1/entity/set': return this.set(setBody.parse(raw), path);
      case '/api/v1/delete':
      case '/api/v1/secret/delete':
      case '/api/v1/entity/delete': return this.del(keyBody.parse(raw), path);
      case '/api/v1/query': return this.query(queryBody.parse(raw));
      case '/api/v1/entity/query': return this.queryEntity(entityQueryBody.parse(raw));
      case '/api/v1/batch/get': return this.batchGet(z.array(keyBody).parse(raw));
      case '/api/v1/batch/set': return this.batchSet(z.array(setBody).parse(raw));
      case '/api/v1/batch/delete': return this.batchDelete(z.array(keyBody).parse(raw));
      case '/api/v1/transaction': return this.transact(txBody.parse(raw));
      default: return err(404, 'NOT_FOUND', `kvs fake: no route ${path}`);
    }
  }

  private space(entityName: string | undefined, path = ''): Map<string, Item> {
    const name = entityName ?? (path.includes('/secret/') ? '\u0000secret' : undefined);
    if (name === undefined) return this.plain;
    if (!name.startsWith('\u0000') && !this.defs.has(name)) throw new Error(`kvs fake: entity ${name} is not declared`);
    let m = this.entities.get(name);
    if (!m) this.entities.set(name, (m = new Map()));
    return m;
  }

  private live(space: Map<string, Item>, key: string): Item | undefined {
    const item = space.get(key);
    if (item && item.expiresAt !== null && item.expiresAt <= this.now()) {
      space.delete(key);
      return undefined;
    }
    return item;
  }

  private get(b: z.infer<typeof keyBody>, path: string): Response {
    const item = this.live(this.space(b.entityName, path), b.key);
    if (!item) return err(404, 'KEY_NOT_FOUND', 'The key was not found');
    return json(200, { key: b.key, value: item.value, createdAt: item.createdAt, updatedAt: item.updatedAt });
  }

  private write(space: Map<string, Item>, key: string, value: unknown, options?: z.infer<typeof setOptions>): void {
    const prev = this.live(space, key);
    const ms = options?.ttl ? options.ttl.value * UNIT_MS[options.ttl.unit] : null;
    space.set(key, {
      value: structuredClone(value),
      createdAt: prev?.createdAt ?? this.now(),
      updatedAt: this.now(),
      expiresAt: ms === null ? null : this.now() + ms,
    });
  }

  private set(b: z.infer<typeof setBody>, path: string): Response {
    const space = this.space(b.entityName, path);
    if (b.options?.keyPolicy === 'FAIL_IF_EXISTS' && this.live(space, b.key)) {
      return err(409, 'KEY_ALREADY_EXISTS', 'The key already exists');
    }
    this.write(space, b.key, b.value, b.options);
    return new Response(null, { status: 204 });
  }

  private del(b: z.infer<typeof keyBody>, path: string): Response {
    this.space(b.entityName, path).delete(b.key);
    return new Response(null, { status: 204 });
  }

  private query(b: z.infer<typeof queryBody>): Response {
    const limit = Math.min(b.limit ?? 10, 20);
    const keys = [...this.plain.keys()].filter((k) => this.live(this.plain, k)).sort();
    const where = b.where ?? [];
    const hits = keys.filter((k) => where.every((c) => matches(k, c)) && (b.after === undefined || k > b.after));
    const page = hits.slice(0, limit);
    const last = page.at(-1);
    return json(200, {
      data: page.map((k) => ({ key: k, value: this.plain.get(k)?.value })),
      cursor: hits.length > limit && last !== undefined ? last : undefined,
    });
  }

  private queryEntity(b: z.infer<typeof entityQueryBody>): Response {
    const def = this.defs.get(b.entityName);
    const index = def?.indexes.find((i) => i.name === b.indexName);
    if (!def || !index) return err(400, 'BAD_REQUEST', `kvs fake: no index ${b.entityName}/${b.indexName}`);
    const rangeAttr = index.range[0] ?? '';
    const partition = index.partition ?? [];
    const space = this.space(b.entityName);
    type Row = { key: string; v: Record<string, unknown>; r: unknown };
    const rows: Row[] = [];
    for (const key of space.keys()) {
      const item = this.live(space, key);
      const v = item ? asRecord(item.value) : undefined;
      if (!v || v[rangeAttr] === undefined || partition.some((p) => v[p] === undefined)) continue;
      if (b.partition && partition.some((p, i) => v[p] !== b.partition?.[i])) continue;
      if (b.range && !matches(v[rangeAttr], { ...b.range })) continue;
      if (!matchesFilters(v, b.filters)) continue;
      rows.push({ key, v, r: v[rangeAttr] });
    }
    const dir = b.sort === 'DESC' ? -1 : 1;
    rows.sort((x, y) => dir * (compareIndexValues(x.r, y.r) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)));
    let start = 0;
    if (b.cursor) {
      const [cr, ck] = z.tuple([z.unknown(), z.string()]).parse(JSON.parse(Buffer.from(b.cursor, 'base64').toString()));
      start = rows.findIndex((row) => dir * (compareIndexValues(row.r, cr) || (row.key < ck ? -1 : row.key > ck ? 1 : 0)) > 0);
      if (start < 0) start = rows.length;
    }
    const limit = Math.min(b.limit ?? 10, 100);
    const page = rows.slice(start, start + limit);
    const last = page.at(-1);
    const more = start + limit < rows.length;
    return json(200, {
      data: page.map((row) => ({ key: row.key, value: row.v })),
      cursor: more && last ? Buffer.from(JSON.stringify([last.r, last.key])).toString('base64') : undefined,
    });
  }

  private batchGet(items: z.infer<typeof keyBody>[]): Response {
    const ok: unknown[] = [];
    const failed: unknown[] = [];
    for (const it of items) {
      const item = this.live(this.space(it.entityName), it.key);
      if (item) ok.push({ key: it.key, entityName: it.entityName, value: item.value });
      else failed.push({ key: it.key, entityName: it.entityName, error: { code: 'KEY_NOT_FOUND', message: 'not found' } });
    }
    return json(200, { successfulKeys: ok, failedKeys: failed });
  }

  private batchSet(items: z.infer<typeof setBody>[]): Response {
    if (items.length > 25) return err(400, 'BAD_REQUEST', 'at most 25 items per batch');
    for (const it of items) this.write(this.space(it.entityName), it.key, it.value, it.options);
    return json(200, { successfulKeys: items.map((i) => ({ key: i.key, entityName: i.entityName })), failedKeys: [] });
  }

  private batchDelete(items: z.infer<typeof keyBody>[]): Response {
    for (const it of items) this.space(it.entityName).delete(it.key);
    return json(200, { successfulKeys: items.map((i) => ({ key: i.key, entityName: i.entityName })), failedKeys: [] });
  }

  private transact(b: z.infer<typeof txBody>): Response {
    const ops = (b.set?.length ?? 0) + (b.delete?.length ?? 0) + (b.check?.length ?? 0);
    if (ops > 25) return err(400, 'BAD_REQUEST', 'at most 25 operations per transaction');
    const all = [...(b.set ?? []), ...(b.delete ?? []), ...(b.check ?? [])];
    const ids = all.map((o) => `${o.entityName ?? ''}/${o.key}`);
    if (new Set(ids).size !== ids.length) return err(400, 'BAD_REQUEST', 'each key once per transaction');
    for (const o of all) {
      if (!o.conditions) continue;
      const current = this.live(this.space(o.entityName), o.key);
      if (!current || !matchesFilters(asRecord(current.value), o.conditions)) {
        return err(409, 'CONDITION_FAILED', 'A transaction condition was not met');
      }
    }
    for (const s of b.set ?? []) this.write(this.space(s.entityName), s.key, s.value, s.options);
    for (const d of b.delete ?? []) this.space(d.entityName).delete(d.key);
    return new Response(null, { status: 204 });
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function asRecord(v: unknown): Record<string, unknown> | undefined {
  return isRecord(v) ? v : undefined;
}
