/**
 * Reliability: a burst of 1,000 intakes, `kill -9` in the middle, restart on the same database:
 * every request that got a 2xx is there exactly once; replaying all 1,000 with the same
 * Idempotency-Keys files each remaining one once and returns the same ticket for the others.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { spawnServer } from './server-process';

const TOTAL = 1_000;
const CONCURRENCY = 32;
const KILL_AFTER = 300;
const Ticket = z.object({ id: z.string(), number: z.string(), subject: z.string() });

const intake = (i: number) => ({
  type: 'queja',
  subject: `Ráfaga ${i}`,
  description: `Solicitud número ${i} de la prueba de confiabilidad.`,
  impact: 'media',
  urgency: 'alta',
  channel: 'api',
  requester: { name: 'Prueba', email: 'burst@example.org' },
});

async function post(url: string, i: number): Promise<{ status: number; body: unknown } | null> {
  try {
    const res = await fetch(`${url}/api/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `burst-${i}`, 'X-Ventanilla-User': 'burst@example.org' },
      body: JSON.stringify(intake(i)),
    });
    return { status: res.status, body: await res.json() };
  } catch {
    return null; // the server died under this request: no answer, no promise made
  }
}

/** Runs `work(i)` for i in [0, total) with `concurrency` workers. */
async function pool(total: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await work(next++);
    }),
  );
}

function subjectsIn(dbPath: string): Map<string, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = z.array(z.object({ subject: z.string(), n: z.number() })).parse(
      db.prepare("SELECT json_extract(data, '$.subject') AS subject, COUNT(*) AS n FROM tickets GROUP BY subject").all(),
    );
    return new Map(rows.map((r) => [r.subject, r.n]));
  } finally {
    db.close();
  }
}

describe('Teams server under kill -9', () => {
  it('keeps every acknowledged intake exactly once across a crash and a replay', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'ventanilla-kill9-')), 'v.db');
    const first = await spawnServer(dbPath);
    const acknowledged = new Map<number, string>();
    let killed = false;
    await pool(TOTAL, CONCURRENCY, async (i) => {
      const answer = await post(first.url, i);
      if (answer && answer.status >= 200 && answer.status < 300) {
        acknowledged.set(i, Ticket.parse(answer.body).id);
        if (acknowledged.size >= KILL_AFTER && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    });
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(TOTAL);

    // Every acknowledged ticket survived, once.
    const afterCrash = subjectsIn(dbPath);
    for (const i of acknowledged.keys()) expect(afterCrash.get(`Ráfaga ${i}`), `intake ${i}`).toBe(1);
    expect([...afterCrash.values()].every((n) => n === 1)).toBe(true);

    // Restart and replay everything with the same keys.
    const second = await spawnServer(dbPath);
    try {
      for (const [i, id] of acknowledged) {
        const res = await fetch(`${second.url}/api/tickets/${id}`, { headers: { 'X-Ventanilla-User': 'burst@example.org' } });
        expect(res.status, `ticket of intake ${i}`).toBe(200);
      }
      const statuses = new Map<number, number>();
      await pool(TOTAL, CONCURRENCY, async (i) => {
        const answer = await post(second.url, i);
        expect(answer, `replay ${i}`).not.toBeNull();
        if (!answer) return;
        statuses.set(i, answer.status);
        const before = acknowledged.get(i);
        if (before !== undefined) {
          expect(answer.status).toBe(200);
          expect(Ticket.parse(answer.body).id).toBe(before);
        } else {
          expect([200, 201]).toContain(answer.status);
        }
      });
      expect(statuses.size).toBe(TOTAL);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const final = subjectsIn(dbPath);
    expect(final.size).toBe(TOTAL);
    expect([...final.values()].every((n) => n === 1)).toBe(true);
  });
});
