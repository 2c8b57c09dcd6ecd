import { describe, it, expect } from 'vitest';
import { changeTier, effectsOf, raisedPriority, escalationRuleSchema, extendedEscalationRuleSchema } from '../../../src/core/escalation/index';

describe('changeTier', () => {
  it.each([
    ['N1', 'up', { ok: true, from: 'N1', to: 'N2', direction: 'up' }],
    ['N3', 'down', { ok: true, from: 'N3', to: 'N2', direction: 'down' }],
    ['N1', 'N4', { ok: true, from: 'N1', to: 'N4', direction: 'up' }],
    ['N4', 'up', { ok: false, code: 'alreadyTop', messageKey: 'escalation.tierChange.alreadyTop' }],
    ['N1', 'down', { ok: false, code: 'alreadyBottom' }],
    ['N2', 'N2', { ok: false, code: 'sameTier' }],
  ] as const)('%s %s', (from, target, expected) => {
    expect(changeTier(from, target, 'Requiere concepto jurídico')).toMatchObject(expected);
  });

  it('requires a reason', () => {
    expect(changeTier('N1', 'up', '   ')).toMatchObject({ ok: false, code: 'reasonRequired' });
  });
});

describe('escalation effects', () => {
  const action = { key: 'T:resolution:75', metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' } as const;
  it('maps a contract rule to default effects', () => {
    expect(effectsOf(action)).toEqual([{ kind: 'reassignTier', tier: 'N2' }, { kind: 'notify', to: ['tierChannel'] }]);
    expect(effectsOf({ ...action, action: 'notify', toTier: undefined })).toEqual([{ kind: 'notify', to: ['assignee'] }]);
  });
  it('uses the rule effects when given', () => {
    const rule = extendedEscalationRuleSchema.parse({ ...action, effects: [{ kind: 'raisePriority', by: 1 }, { kind: 'transition', status: 'inProgress' }] });
    expect(effectsOf(action, rule)).toEqual(rule.effects);
  });
  it('raises priority, P1 is the ceiling', () => {
    expect(raisedPriority('P4', {})).toBe('P3');
    expect(raisedPriority('P2', { by: 3 })).toBe('P1');
    expect(raisedPriority('P4', { to: 'P2' })).toBe('P2');
    expect(raisedPriority('P2', { to: 'P4' })).toBe('P2');
  });
  it('validates rules: escalate needs toTier', () => {
    const r = escalationRuleSchema.safeParse({ metric: 'resolution', atPercent: 75, action: 'escalate' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/toTier/);
  });
});
