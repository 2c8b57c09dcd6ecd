import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/index';
import { recomputeNotice, savedMeta } from '../../../static/forge/admin/src/save-result';
import { sectionForPath } from '../../../static/forge/admin/src/settings-sections';

describe('settings page parts', () => {
  it.each([
    ['slaPolicies.0.goals.P1.resolution', 'slaPolicies'],
    ['calendars[0].spec.week.mon[0].end', 'calendars'],
    ['jira.statuses.Done', 'mapping'],
    ['jira.statuses.rows.3.key', 'mapping'],
    ['jira.enabledProjects.1', 'projects'],
    ['initialTier', 'tiers'],
    ['tiers.N2.members.0', 'tiers'],
    ['priorityMatrix.alta.baja', 'general'],
    ['agents[1].email', 'agents'],
    ['escalationRules.6.effects.0.to', 'escalationRules'],
    ['(settings)', null],
  ])('the field of %s is in section %s', (path, section) => {
    expect(sectionForPath(path)).toBe(section);
  });

  it('says which version was saved and that open requests are recomputed in the background', () => {
    const result = { meta: { version: 4, updatedAt: '2026-03-02T14:00:00.000Z', updatedBy: 'admin-1' }, recompute: { jobId: 'job-1', status: 'queued' as const } };
    expect(savedMeta(result)).toEqual(result.meta);
    expect(recomputeNotice(result, (key, params) => t('en', key, params))).toBe(t('en', 'jiraJobs.recomputeQueued', { version: 4 }));
    expect(recomputeNotice(result, (key, params) => t('es', key, params))).toContain('4');
  });
});
