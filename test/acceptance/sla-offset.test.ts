/**
 * CONTRACT.md: "Times cross this boundary as Date objects or ISO-8601 strings with an offset" and
 * "Invalid input throws an Error whose message says what is wrong": an event instant without an
 * offset would make the answer depend on the host's time zone, so it is rejected.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSla } from '../../src/core/index';
import { bog } from './fixtures';
import { policy } from './sla-fixtures';

describe('§3 event instants must carry an offset', () => {
  it.each([['2026-11-23T09:00:00'], ['2026-11-23']])('rejects at = %s', (at) => {
    expect(() => evaluateSla(policy, [{ type: 'created', at, priority: 'P3', status: 'open' }], bog('2026-11-23T15:00'))).toThrow(Error);
  });
});
