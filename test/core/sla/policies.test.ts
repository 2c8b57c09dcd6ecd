import { describe, it, expect } from 'vitest';
import { selectPolicy, currentPolicyVersion, editPolicy, evaluateSla, type PolicyVersion } from '../../../src/core/sla/index';
import { bogotaPolicy, bog, created, H } from './fixtures';

describe('selectPolicy: first match wins', () => {
  const policies = [
    { id: 'vip-teams', match: { channels: ['teams'], priorities: ['P1' as const, 'P2' as const] } },
    { id: 'legal', match: { types: ['peticion', 'consulta'] } },
    { id: 'default', match: {} },
  ];
  it.each([
    [{ type: 'peticion', channel: 'teams', priority: 'P1' as const }, 'vip-teams'],
    [{ type: 'peticion', channel: 'teams', priority: 'P3' as const }, 'legal'],
    [{ type: 'queja', channel: 'web', priority: 'P1' as const }, 'default'],
  ])('%o → %s', (subject, id) => {
    expect(selectPolicy(policies, subject)?.id).toBe(id);
  });
  it('null without a catch-all', () => {
    expect(selectPolicy(policies.slice(0, 2), { type: 'queja', channel: 'web', priority: 'P5' })).toBeNull();
  });
});

describe('versioned policies', () => {
  const faster = { ...bogotaPolicy, goals: { ...bogotaPolicy.goals, firstResponse: { ...bogotaPolicy.goals.firstResponse, P3: 60 } } };
  const v1: PolicyVersion[] = [{ id: 'default', version: 1, effectiveFrom: '2026-01-01T00:00:00-05:00', policy: bogotaPolicy }];
  const versions = editPolicy(v1, 'default', faster, bog('02', '12:00'));

  it('an edit appends version 2 and leaves version 1 untouched', () => {
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]).toBe(v1[0]);
  });

  it('the version in force is chosen by the evaluation instant, then applied to the whole history', () => {
    const events = [created(bog('02', '08:00'))];
    const before = new Date(bog('02', '11:00'));
    const after = new Date(bog('02', '14:30'));
    const p1 = currentPolicyVersion(versions, 'default', before);
    const p2 = currentPolicyVersion(versions, 'default', after);
    expect([p1?.version, p2?.version]).toEqual([1, 2]);
    expect(evaluateSla(p1?.policy ?? bogotaPolicy, events, before)[0]).toMatchObject({ state: 'running', goalMs: 4 * H });
    // recomputed under v2: 1 h goal → breached at 09:00, although v2 took effect at 12:00
    expect(evaluateSla(p2?.policy ?? bogotaPolicy, events, after)[0]).toMatchObject({ state: 'breached', breachedAt: new Date(bog('02', '09:00')).toISOString() });
  });

  it('rejects an edit dated before the latest version, and an invalid instant', () => {
    expect(() => editPolicy(versions, 'default', faster, bog('02', '11:00'))).toThrow(/precedes/);
    expect(() => editPolicy(versions, 'default', faster, 'soon')).toThrow(/invalid/);
    expect(currentPolicyVersion(versions, 'default', new Date('2025-06-01T00:00:00Z'))).toBeNull();
  });
});
