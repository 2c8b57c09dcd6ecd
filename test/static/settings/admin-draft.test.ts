import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colombiaPreset, escalationEffectSchema, settingsObjectSchema, validateSettings, type Settings } from '../../../src/core/index';
import { wireLevel, wireStatus } from '../../../src/jira/resolvers/contract';
import { defaultMapping, jiraMappingSchema, type JiraMapping } from '../../../src/jira/settings/mapping';
import { fromAdminDraft, fromJiraForm, rowKeyPath, toAdminDraft, toJiraForm } from '../../../static/forge/admin/src/admin-draft';
import { newEffect } from '../../../static/forge/admin/src/effects-field';
import { draftReducer, editDraft } from '../../../static/shared/settings/draft';
import { newAgent, newCalendar, newPolicy, newRule } from '../../../static/shared/settings/factories';
import { EFFECT_KINDS, PRIORITIES, TIERS } from '../../../static/shared/settings/options';

const name = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s !== '');
const projectKey = fc.stringMatching(/^[A-Z][A-Z0-9_]{1,9}$/);

/** Valid settings: the preset varied where admins vary it (agents, tier members, goals, rules, effects). */
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  agents: fc.array(fc.tuple(name, fc.stringMatching(/^[a-z]{1,8}$/)), { maxLength: 2 }),
  members: fc.array(fc.tuple(fc.constantFrom(...TIERS), fc.array(name, { maxLength: 3 }), fc.array(name, { maxLength: 3 }))),
  goal: fc.tuple(fc.constantFrom('firstResponse', 'resolution'), fc.constantFrom(...PRIORITIES), fc.integer({ min: 0, max: 100_000 })),
  rules: fc.array(fc.record({ metric: fc.constantFrom('firstResponse', 'resolution'), atPercent: fc.integer({ min: 1, max: 1000 }), tier: fc.constantFrom(...TIERS) }), { maxLength: 4 }),
  effects: fc.array(fc.constantFrom(...EFFECT_KINDS), { maxLength: 3 }),
}).map(({ agents, members, goal, rules, effects }) => {
  const s = colombiaPreset({ updatedAt: '2026-03-02T14:00:00Z' });
  for (const [agentName, local] of agents) s.agents.push({ ...newAgent(s), name: agentName, email: `${local}@example.com` });
  for (const [tier, users, groups] of members) s.tiers[tier] = { ...s.tiers[tier], members: users, groups };
  const [metric, priority, minutes] = goal;
  const policy = s.slaPolicies[0];
  if (policy) policy.goals[metric][priority] = minutes;
  s.escalationRules.push(...rules.map((r) => ({ metric: r.metric, atPercent: r.atPercent, action: 'escalate' as const, toTier: r.tier })));
  if (effects.length > 0) s.escalationRules.push({ ...newRule(), effects: effects.map(newEffect) });
  return s;
}).filter((s) => validateSettings(s).ok);

/** Valid mappings: the default one with any projects, priorities and statuses. */
const jiraArb: fc.Arbitrary<JiraMapping> = fc.record({
  projects: fc.uniqueArray(projectKey, { maxLength: 4 }),
  priorities: fc.dictionary(name, fc.record({ impact: fc.constantFrom(...wireLevel.options), urgency: fc.constantFrom(...wireLevel.options) })),
  statuses: fc.dictionary(name, fc.constantFrom(...wireStatus.options)),
}).map(({ projects, priorities, statuses }) => jiraMappingSchema.parse({ ...defaultMapping(projects[0] ?? null), enabledProjects: projects, priorities, statuses }));

describe('settings page draft ⇄ settings', () => {
  it('settings → form rows → settings is the identity (key order included)', () => {
    fc.assert(fc.property(settingsArb, jiraArb, (settings, jira) => {
      const draft = toAdminDraft({ settings, jira });
      expect(draft).not.toBeNull();
      if (draft === null) return;
      const back = fromAdminDraft(draft);
      expect(back).toEqual({ ok: true, settings, jira });
      if (back.ok) {
        expect(Object.keys(back.jira.statuses)).toEqual(Object.keys(jira.statuses));
        expect(Object.keys(back.jira.priorities)).toEqual(Object.keys(jira.priorities));
      }
    }), { numRuns: 60 });
  });

  it('refuses a loaded document that is not settings', () => {
    expect(toAdminDraft({ settings: { routing: {} }, jira: defaultMapping(null) })).toBeNull();
    expect(toAdminDraft({ settings: colombiaPreset({ updatedAt: '2026-03-02T14:00:00Z' }), jira: { enabledProjects: 'PQRS' } })).toBeNull();
  });

  it('names the row of a blank or repeated Jira name instead of dropping a mapping', () => {
    const form = toJiraForm(defaultMapping('PQRS'));
    form.statuses.push({ key: 'Done', value: 'closed' }, { key: '', value: 'open' });
    const out = fromJiraForm(form);
    const n = form.statuses.length;
    expect(out).toEqual({ ok: false, issues: [
      { path: rowKeyPath('statuses', n - 2), key: 'settingsForms.duplicateName' },
      { path: rowKeyPath('statuses', n - 1), key: 'settingsForms.blankName' },
    ] });
  });
});

describe('draft state', () => {
  it('edits a copy, marks it dirty, and a save clears the mark', () => {
    const start = { draft: { n: 1, list: [1] }, dirty: false };
    const edited = draftReducer(start, { type: 'edit', edit: (d) => { d.n = 2; d.list.push(2); } });
    expect(edited).toEqual({ draft: { n: 2, list: [1, 2] }, dirty: true });
    expect(start.draft).toEqual({ n: 1, list: [1] });
    expect(draftReducer(edited, { type: 'saved' }).dirty).toBe(false);
    expect(draftReducer({ draft: null, dirty: false }, { type: 'edit', edit: () => undefined })).toEqual({ draft: null, dirty: false });
    expect(editDraft([1], (d) => { d.push(2); })).toEqual([1, 2]);
  });
});

describe('what the forms add is valid', () => {
  const preset = colombiaPreset({ updatedAt: '2026-03-02T14:00:00Z' });

  it('a new calendar, policy, agent and rule keep the settings valid (ids not taken)', () => {
    const s = editDraft(preset, (d) => {
      d.calendars.push(newCalendar(d));
      const p = newPolicy(d);
      if (p) d.slaPolicies.push(p);
      d.agents.push({ ...newAgent(d), name: 'Ana', email: 'ana@example.com' });
      d.escalationRules.push(newRule());
    });
    expect(settingsObjectSchema.safeParse(s).success).toBe(true);
    expect(validateSettings(s)).toMatchObject({ ok: true });
    expect(new Set(s.calendars.map((c) => c.id)).size).toBe(s.calendars.length);
  });

  it.each(EFFECT_KINDS)('a new %s effect is a valid effect', (kind) => {
    expect(escalationEffectSchema.safeParse(newEffect(kind)).success).toBe(true);
  });
});
