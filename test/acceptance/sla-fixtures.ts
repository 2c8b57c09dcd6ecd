/** SLA acceptance fixtures: one policy, a Bogotá local-time helper, a clock normaliser. */
import { expect } from 'vitest';
import type { SlaClock, SlaPolicy } from '../../src/core/index';
import { officeSpec } from './fixtures';

/** Goals in business minutes. Calendar: Bogotá Mon–Fri 08:00–17:00. Mon = 2026-11-23. */
export const policy: SlaPolicy = {
  calendar: officeSpec,
  goals: {
    firstResponse: { P1: 60, P2: 120, P3: 240, P4: 480, P5: 960 },
    resolution: { P1: 240, P2: 480, P3: 960, P4: 1440, P5: 2880 },
  },
  pauseStatuses: ['waiting_customer'],
};

/** Bogotá local wall time → ISO string with offset, for event `at`. */
export const at = (local: string): string => `${local}:00-05:00`;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Clock with instants normalised to UTC ISO, asserting the strings carry an offset. */
export function norm(c: SlaClock): SlaClock {
  const fix = (s: string | null): string | null => {
    if (s === null) return null;
    expect(s).toMatch(ISO_WITH_OFFSET);
    return new Date(s).toISOString();
  };
  return { ...c, dueAt: fix(c.dueAt), breachedAt: fix(c.breachedAt) };
}

/** Expected clock; instants given as UTC ISO. */
export function clock(
  metric: SlaClock['metric'], state: SlaClock['state'], goalMin: number, elapsedMs: number,
  dueAt: string | null, breachedAt: string | null,
): SlaClock {
  const goalMs = goalMin * 60_000;
  return { metric, state, goalMs, elapsedMs, remainingMs: goalMs - elapsedMs, dueAt, breachedAt };
}
