/**
 * `npm run bench [-- name …]`: imports every bench/*.bench.ts (or those whose name contains one of the
 * arguments), runs its `run()`, prints one table and writes bench/results.json (results of suites
 * not run this time are kept from the previous file).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './lib/types';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

function isRun(value: unknown): value is () => Promise<BenchResult[]> {
  return typeof value === 'function';
}

const all: BenchResult[] = [];
const failed: string[] = [];
for (const file of files) {
  const suite = file.replace(/\.bench\.ts$/, '');
  console.error(`▶ ${suite}`);
  try {
    const mod: Record<string, unknown> = await import(pathToFileURL(join(here, file)).href);
    const run = mod.run;
    if (!isRun(run)) throw new Error(`${file} must export async function run(): Promise<BenchResult[]>`);
    for (const r of await run()) all.push({ ...r, suite: r.suite || suite });
  } catch (e) {
    failed.push(suite);
    console.error(`✖ ${suite} failed:`, e);
  }
}

const rows = all.map((r) => [r.suite, r.name, String(r.ops), r.medianMs.toFixed(1), r.usPerOp.toFixed(3), String(r.opsPerSec), r.note ?? '']);
const head = ['suite', 'name', 'ops', 'median ms', 'µs/op', 'ops/s', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));

const resultSchema = z.object({
  suite: z.string(), name: z.string(), ops: z.number(), runs: z.number(), medianMs: z.number(),
  usPerOp: z.number(), opsPerSec: z.number(), note: z.string().optional(),
});
const resultsPath = join(here, 'results.json');
const ranSuites = new Set(files.map((f) => f.replace(/\.bench\.ts$/, '')));
function readPrevious(): unknown {
  try {
    return existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : undefined;
  } catch {
    return undefined; // unreadable previous file: start afresh
  }
}
const previous = z.object({ results: z.array(resultSchema) }).safeParse(readPrevious());
const kept = previous.success ? previous.data.results.filter((r) => !ranSuites.has(r.suite)) : [];
const merged = [...kept, ...all];
writeFileSync(resultsPath, `${JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, results: merged }, null, 2)}\n`);
console.error(`wrote bench/results.json (${all.length} new, ${kept.length} kept)`);
if (failed.length > 0) {
  console.error(`failed suites: ${failed.join(', ')}`);
  process.exitCode = 1;
}
