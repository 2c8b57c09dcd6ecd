import { describe, expect, it } from 'vitest';
import { runDueEscalations, type Settings } from '../../../src/core/index';
import { aSettings, makeDeps } from '../../fakes/builders';
import { fileOne, value } from './helpers';

/** The preset plus one rule at 50 % of first response whose only effect is a comment. */
function withCommentRule(internal: boolean): Settings {
  const base = aSettings();
  const rules = base.escalationRules.filter((r) => !(r.metric === 'firstResponse' && r.atPercent === 50));
  return {
    ...base,
    escalationRules: [
      { metric: 'firstResponse', atPercent: 50, action: 'notify', effects: [{ kind: 'comment', messageKey: 'jiraEffects.comment.reviewRequested', internal }] },
      ...rules,
    ],
  };
}

describe('runDueEscalations: the comment effect', () => {
  it.each([true, false])('emits exactly one escalationComment (internal %s), once per fired key', async (internal) => {
    const deps = makeDeps({ settings: withCommentRule(internal) });
    const filed = await fileOne(deps); // Mon 09:00 Bogotá, P3: first response 4 h
    const before = deps.notifier.sent.length;
    deps.clock.set('2026-03-02T16:00:00.000Z'); // 11:00 = 50 %
    const once = value(await runDueEscalations(deps, filed));
    const fired = deps.notifier.sent.slice(before);
    expect(once.fired).toEqual(['t-1:firstResponse:50']);
    expect(fired.map((n) => n.kind)).toEqual(['escalationComment']);
    expect(fired[0]).toMatchObject({
      kind: 'escalationComment', key: 't-1:firstResponse:50', messageKey: 'jiraEffects.comment.reviewRequested', internal, ticketId: 't-1',
    });
    // A replayed sweep (fresh or stale copy) fires nothing more.
    value(await runDueEscalations(deps, once));
    value(await runDueEscalations(deps, filed));
    deps.clock.set('2026-03-02T16:30:00.000Z');
    value(await runDueEscalations(deps, once));
    expect(deps.notifier.sent.filter((n) => n.kind === 'escalationComment')).toHaveLength(1);
  });

  it('leaves the ticket as it was apart from the fired record (no status, tier or priority change)', async () => {
    const deps = makeDeps({ settings: withCommentRule(false) });
    const filed = await fileOne(deps);
    deps.clock.set('2026-03-02T16:00:00.000Z');
    const t = value(await runDueEscalations(deps, filed));
    expect(t).toMatchObject({ status: filed.status, tier: filed.tier, priority: filed.priority });
    expect(t.history.at(-1)).toMatchObject({ type: 'escalationFired', key: 't-1:firstResponse:50' });
  });
});
