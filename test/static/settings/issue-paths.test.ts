import { describe, expect, it } from 'vitest';
import { countUnder, issuesByPath, messagesAt, normalizePath, sectionOf } from '../../../static/shared/settings/issue-paths';

describe('issue paths', () => {
  it.each([
    ['calendars[0].spec.week.mon[1].end', 'calendars.0.spec.week.mon.1.end'],
    ['slaPolicies.0.goals.P1.resolution', 'slaPolicies.0.goals.P1.resolution'],
    ['jira.statuses.Waiting for customer', 'jira.statuses.Waiting for customer'],
    ['[2].x', '2.x'],
    ['initialTier', 'initialTier'],
  ])('%s is spelled %s', (path, canonical) => {
    expect(normalizePath(path)).toBe(canonical);
  });

  it('puts both spellings of one field together, each message once, in arrival order', () => {
    const byPath = issuesByPath([
      { path: 'calendars[0].spec.timeZone', message: 'unknown zone' },
      { path: 'calendars.0.spec.timeZone', message: 'unknown zone' },
      { path: 'calendars.0.spec.timeZone', message: 'required' },
      { path: 'agents[1].email', message: 'not an e-mail' },
    ]);
    expect(messagesAt(byPath, 'calendars[0].spec.timeZone')).toEqual(['unknown zone', 'required']);
    expect(messagesAt(byPath, 'agents.1.email')).toEqual(['not an e-mail']);
    expect(messagesAt(byPath, 'agents.0.email')).toEqual([]);
  });

  it('counts the issues under a section, not those of a key that merely starts alike', () => {
    const byPath = issuesByPath([
      { path: 'tiers.N1.name', message: 'a' },
      { path: 'tiers', message: 'b' },
      { path: 'tiersExtra', message: 'c' },
    ]);
    expect(countUnder(byPath, 'tiers')).toBe(2);
    expect(countUnder(byPath, 'tiers.N1')).toBe(1);
  });

  it.each([
    ['calendars[0].spec.timeZone', 'calendars'],
    ['jira.enabledProjects.1', 'jira'],
    ['(settings)', '(settings)'],
  ])('%s belongs to %s', (path, key) => {
    expect(sectionOf(path)).toBe(key);
  });
});
