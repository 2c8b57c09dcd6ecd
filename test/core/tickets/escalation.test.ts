import { describe, expect, it } from 'vitest';
import { escalateTier, resolveTicket, runDueEscalations } from '../../../src/core/index';
import { AGENT, aSettings, anAgent, makeDeps } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

describe('runDueEscalations', () => {
  it('fires what is due once, records it, and schedules the next wake-up', async () => {
    const deps = makeDeps();
    const filed = await fileOne(deps); // Mon 09:00 Bogotá, P3: first response 4 h, resolution 21 h
    deps.clock.set('2026-03-02T16:00:00.000Z'); // 11:00 = 50 % of first response
    const t = value(await runDueEscalations(deps, filed));
    expect(t.fired).toEqual(['t-1:firstResponse:50']);
    expect(t.history.at(-1)).toEqual({
      type: 'escalationFired', at: '2026-03-02T16:00:00.000Z', actor: { id: 'system', role: 'system' },
      key: 't-1:firstResponse:50', source: 'firstResponse', atPercent: 50, action: 'notify', toTier: null,
    });
    expect(t.nextWakeUpAt).toBe('2026-03-02T20:00:00.000Z'); // 100 % of first response, 15:00
    expect(deps.notifier.sent.at(-1)).toMatchObject({ kind: 'slaThreshold', key: 't-1:firstResponse:50', metric: 'firstResponse', atPercent: 50 });
  });

  it('is idempotent: a duplicate wake-up or a replay with a stale ticket acts and writes nothing', async () => {
    const deps = makeDeps();
    const filed = await fileOne(deps);
    deps.clock.set('2026-03-02T16:00:00.000Z');
    const once = value(await runDueEscalations(deps, filed));
    const sent = deps.notifier.sent.length;
    const twice = value(await runDueEscalations(deps, once));
    const stale = value(await runDueEscalations(deps, filed));
    expect(twice).toEqual(once);
    expect(stale).toEqual(once);
    expect(deps.notifier.sent).toHaveLength(sent);
    expect((await deps.store.get(filed.id))?.version).toBe(once.version);
  });

  it('escalates to the rule tier, re-routes there, and keeps the stable action order', async () => {
    const settings = aSettings({ agents: [anAgent({ id: 'n1-a' }), anAgent({ id: 'n2-a', tiers: ['N2'] })] });
    const deps = makeDeps({ settings });
    const filed = await fileOne(deps);
    expect(filed.assigneeId).toBe('n1-a');
    deps.clock.set('2026-03-04T16:00:00.000Z'); // Wed 11:00: 16 h of 21 used (> 75 %, < 90 %)
    const t = value(await runDueEscalations(deps, filed));
    expect(t.fired).toEqual(['t-1:firstResponse:50', 't-1:firstResponse:100', 't-1:resolution:50', 't-1:resolution:75']);
    expect(t).toMatchObject({ tier: 'N2', assigneeId: 'n2-a', breached: true });
    expect(deps.notifier.kinds().slice(1)).toEqual(['slaThreshold', 'slaThreshold', 'slaThreshold', 'slaThreshold', 'escalated']);
    expect(deps.notifier.sent.at(-1)).toMatchObject({ kind: 'escalated', from: 'N1', to: 'N2', trigger: 'threshold', key: 't-1:resolution:75', assigneeId: 'n2-a' });
    // 90 % = 18.9 h → Wed 15:54 Bogotá
    expect(t.nextWakeUpAt).toBe('2026-03-04T20:54:00.000Z');
  });

  it('raises the priority when a rule says so (preset: resolution 100 %)', async () => {
    const deps = makeDeps();
    const filed = await fileOne(deps);
    deps.clock.set('2026-03-05T15:00:00.000Z'); // Thu 10:00: 22 h used
    const t = value(await runDueEscalations(deps, filed));
    expect(t.fired).toContain('t-1:resolution:100');
    expect(t.priority).toBe('P2');
    expect(t.tier).toBe('N3');
  });

  it('fires legal-term alerts by key, and nothing once the ticket is resolved', async () => {
    const deps = makeDeps();
    const filed = await fileOne(deps, { type: 'felicitacion' });
    await resolveTicket(deps, { ticketId: filed.id, actor: AGENT });
    deps.clock.set('2026-04-30T15:00:00.000Z');
    const done = value(await runDueEscalations(deps, filed));
    expect(done.fired).toEqual([]);
    expect(done.nextWakeUpAt).toBeNull();

    const deps2 = makeDeps();
    const pet = await fileOne(deps2);
    deps2.clock.set('2026-03-25T05:00:00.000Z'); // the legal due instant of 2026-03-24
    const late = value(await runDueEscalations(deps2, pet));
    expect(late.fired.filter((k) => k.includes(':legal:'))).toEqual(['t-1:legal:50', 't-1:legal:75', 't-1:legal:90', 't-1:legal:100']);
    expect(deps2.notifier.sent.filter((n) => n.kind === 'legalThreshold').map((n) => n.kind === 'legalThreshold' && n.dueDate)).toEqual(
      ['2026-03-24', '2026-03-24', '2026-03-24', '2026-03-24'],
    );
    expect(late.breached).toBe(true);
  });
});

describe('escalateTier (functional)', () => {
  it.each([
    ['N1', 'up', undefined, 'ok', 'N2'],
    ['N1', 'up', 'N3', 'ok', 'N3'],
    ['N1', 'down', undefined, 'tier_limit', 'N1'],
    ['N1', 'up', 'N1', 'same_value', 'N1'],
  ] as const)('from %s %s (to %s): %s', async (_from, direction, toTier, code, tier) => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    const r = await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction, reason: 'Requiere concepto jurídico', ...(toTier ? { toTier } : {}) });
    expect(codeOf(r)).toBe(code);
    expect((await deps.store.get(t.id))?.tier).toBe(tier);
  });

  it('needs a reason and a consistent direction; N4 cannot go up', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction: 'up', reason: ' ' }))).toBe('invalid_input');
    await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction: 'up', toTier: 'N4', reason: 'Traslado por competencia' });
    expect(codeOf(await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction: 'up', reason: 'x' }))).toBe('tier_limit');
    expect(codeOf(await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction: 'up', toTier: 'N2', reason: 'x' }))).toBe('invalid_input');
    const down = value(await escalateTier(deps, { ticketId: t.id, actor: AGENT, direction: 'down', reason: 'Vuelve a la dependencia' }));
    expect(down.history.at(-1)).toMatchObject({ type: 'tierChanged', from: 'N4', to: 'N3', kind: 'functional', reason: 'Vuelve a la dependencia' });
  });
});
