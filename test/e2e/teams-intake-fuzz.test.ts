/**
 * 10,000 fuzzed intake payloads through the server's real request listener (in-process, no
 * socket), plus 1,000 over loopback: the server never crashes, and each answer is what the intake
 * schema says — 201 for the rare valid payload, otherwise a 4xx `{ error: { code, message } }`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IntakeRequestSchema } from '../../src/core/index';
import { inject } from '../teams/helpers/inject';
import { INTAKE, REQUESTER, startTestServer, type TestServer } from '../teams/helpers/server';

const RUNS = 10_000;
const WIRE_RUNS = 1_000;
const CONCURRENCY = 16;
const ErrorJson = z.object({ error: z.object({ code: z.string().min(1), message: z.string().min(1) }) });

/** A body: random JSON, a valid intake with one field broken or dropped, or raw text. */
const bodies: fc.Arbitrary<{ raw: string; value: unknown; json: boolean }> = fc.oneof(
  fc.jsonValue().map((value) => ({ raw: JSON.stringify(value), value, json: true })),
  fc
    .tuple(fc.constantFrom(...Object.keys(INTAKE), 'requester.name', 'requester.email'), fc.option(fc.jsonValue(), { nil: undefined }))
    .map(([field, replacement]) => {
      const value: Record<string, unknown> = structuredClone(INTAKE);
      const [head, sub] = field.split('.');
      if (sub && head) value[head] = { ...INTAKE.requester, [sub]: replacement };
      else if (head) value[head] = replacement;
      return { raw: JSON.stringify(value), value, json: true };
    }),
  fc.string({ maxLength: 200 }).map((raw) => ({ raw, value: undefined, json: false })),
);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false });
});
afterAll(async () => {
  await s.app.close();
});

function expected(raw: string): 'created' | 'rejected' {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'rejected';
  }
  return IntakeRequestSchema.safeParse(value).success ? 'created' : 'rejected';
}

function check(raw: string, status: number, body: string): 'created' | 'rejected' {
  const outcome = expected(raw);
  if (outcome === 'created') {
    expect(status, raw).toBe(201);
  } else {
    expect(status, raw).toBeGreaterThanOrEqual(400);
    expect(status, raw).toBeLessThan(500);
    ErrorJson.parse(JSON.parse(body));
  }
  return outcome;
}

describe('intake fuzzing', () => {
  it(`answers ${RUNS} fuzzed payloads in-process, each as the schema says`, async () => {
    const samples = fc.sample(bodies, { numRuns: RUNS, seed: 20261126 });
    const counts = { created: 0, rejected: 0 };
    for (const [i, sample] of samples.entries()) {
      const res = await inject(s.app.handler, {
        method: 'POST',
        url: '/api/tickets',
        headers: { 'Content-Type': 'application/json', 'X-Ventanilla-User': REQUESTER, 'Accept-Language': i % 2 ? 'en' : 'es' },
        body: sample.raw,
      });
      counts[check(sample.raw, res.status, res.body)]++;
    }
    expect(counts.created + counts.rejected).toBe(RUNS);
    expect(counts.rejected).toBeGreaterThan(RUNS * 0.9);
  });

  it(`answers ${WIRE_RUNS} fuzzed payloads over loopback and stays healthy`, async () => {
    const samples = fc.sample(bodies, { numRuns: WIRE_RUNS, seed: 7 });
    let next = 0;
    let answered = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < samples.length) {
          const sample = samples[next++];
          if (!sample) continue;
          const res = await fetch(`${s.app.url}/api/tickets`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Ventanilla-User': REQUESTER },
            body: sample.raw,
          });
          check(sample.raw, res.status, await res.text());
          answered++;
        }
      }),
    );
    expect(answered).toBe(WIRE_RUNS);
    expect((await fetch(`${s.app.url}/healthz`)).status).toBe(200);
  });
});
