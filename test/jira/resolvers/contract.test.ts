import { describe, expect, it } from 'vitest';
import { CHANNELS, LEVELS, PQRS_KINDS, PRIORITIES, TICKET_STATUSES, TIERS } from '../../../src/core/index';
import {
  RESOLVER_NAMES, resolverContract, resultSchema, wireChannel, wireLevel, wirePqrsKind, wirePriority, wireStatus, wireTier,
} from '../../../src/jira/resolvers/contract';

describe('the Forge invoke contract', () => {
  it.each([
    ['PQRS kinds', wirePqrsKind.options, PQRS_KINDS],
    ['priorities', wirePriority.options, PRIORITIES],
    ['levels', wireLevel.options, LEVELS],
    ['tiers', wireTier.options, TIERS],
    ['channels', wireChannel.options, CHANNELS],
    ['statuses', wireStatus.options, TICKET_STATUSES],
  ])('spells the core\'s %s exactly', (_name, wire, core) => {
    expect([...wire]).toEqual([...core]);
  });

  it('names every resolver the UI calls', () => {
    expect(RESOLVER_NAMES).toEqual(['getPanel', 'panelAction', 'getSettings', 'saveSettings', 'previewSettings', 'getQueue', 'claim', 'assign', 'getMetrics', 'getSemiannualCsv']);
    expect(Object.keys(resolverContract)).toEqual(RESOLVER_NAMES);
  });

  it('parses both halves of the envelope', () => {
    expect(resultSchema('getMetrics').parse({ ok: true, data: { x: 1 } })).toEqual({ ok: true, data: { x: 1 } });
    expect(resultSchema('claim').safeParse({ ok: false, error: { code: 'forbidden', message: 'No' } }).success).toBe(true);
    expect(resultSchema('claim').safeParse({ ok: true, data: {} }).success).toBe(false);
  });
});
