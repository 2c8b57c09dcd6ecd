import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editable, fromSections, sectionOf, splitDraft, toSections } from '../../../static/forge/admin/src/settings-draft';
import { addColombianHolidays } from '../../../static/forge/admin/src/holidays';
import { enabledProjectsOf } from '../../../static/forge/admin/src/enabled-projects';

describe('settings sections', () => {
  const settings = { meta: { version: 3 }, zeta: 1, routing: { strategy: 'manual' }, calendars: [], jira: { enabledProjects: ['PQ'] } };

  it('orders the known sections first, unknown ones after, and never edits meta', () => {
    expect(toSections(settings).map((s) => s.key)).toEqual(['jira', 'calendars', 'routing', 'zeta']);
  });

  it('round-trips, keeping meta from the loaded object', () => {
    const joined = fromSections(settings, toSections(settings));
    expect(joined).toEqual({ ok: true, settings });
  });

  it('names every section that is not JSON', () => {
    const sections = toSections(settings).map((s) => (s.key === 'routing' || s.key === 'zeta' ? { ...s, text: '{ nope' } : s));
    const joined = fromSections(settings, sections);
    expect(joined.ok).toBe(false);
    if (!joined.ok) expect(joined.errors.map((e) => e.key)).toEqual(['routing', 'zeta']);
  });

  it.each([
    ['calendars[0].spec.timeZone', 'calendars'],
    ['calendars.0.spec.timeZone', 'calendars'],
    ['jira.enabledProjects.1', 'jira'],
    ['initialTier', 'initialTier'],
  ])('issue %s belongs to %s', (path, key) => {
    expect(sectionOf(path)).toBe(key);
  });

  it('edits the Jira mapping as the jira section and splits it back out', () => {
    const doc = editable({ settings: { routing: { strategy: 'manual' } }, jira: { enabledProjects: ['PQ'] } });
    expect(toSections(doc).map((s) => s.key)).toEqual(['jira', 'routing']);
    expect(splitDraft(doc)).toEqual({ settings: { routing: { strategy: 'manual' } }, jira: { enabledProjects: ['PQ'] } });
    expect(splitDraft({ routing: {}, jira: 'nope' })).toBeNull();
  });

  it('reads enabled projects from jira.enabledProjects', () => {
    expect(enabledProjectsOf(toSections(settings))).toEqual({ key: 'jira', nested: true, keys: ['PQ'] });
    expect(enabledProjectsOf(toSections({ routing: {} }))).toBeNull();
  });
});

describe('Colombian holiday generator', () => {
  const calendars = JSON.stringify([{ id: 'bogota', spec: { timeZone: 'America/Bogota', week: {}, holidays: ['2026-12-25', '2026-12-31'] } }]);

  it('merges a year of national holidays, sorted and without duplicates', () => {
    const out = addColombianHolidays(calendars, 0, 2026);
    expect(out?.count).toBe(19);
    const parsed = z.array(z.object({ id: z.string(), spec: z.object({ holidays: z.array(z.string()) }) })).parse(JSON.parse(out?.text ?? 'null'));
    expect(parsed[0]?.id).toBe('bogota');
    const list = parsed[0]?.spec.holidays ?? [];
    expect(list).toHaveLength(20); // 19 holidays + the non-holiday 31 Dec already there
    expect(list).toEqual([...list].sort());
    expect(list).toContain('2026-07-13'); // Ley 2578 de 2026: 9 July moved to Monday
  });

  it('refuses text that is not a calendar list', () => {
    expect(addColombianHolidays('{', 0, 2026)).toBeNull();
    expect(addColombianHolidays(calendars, 3, 2026)).toBeNull();
  });
});
