import { describe, expect, it } from 'vitest';
import type { Notification, Settings } from '../../../src/core/index';
import { adfToText, textToAdf } from '../../../src/jira/client/adf';
import { JiraClient } from '../../../src/jira/client/jira-client';
import { adfWithMentions, mentionAccounts, MENTION_CAP, type GroupCache } from '../../../src/jira/notifier/mentions';
import { jiraDirectory } from '../../../src/jira/service/directory';
import { aSettings, anAgent } from '../../fakes/builders';
import { fakeRetry, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z');
const GROUP_GET = 'GET /rest/api/3/group/member';
const base = { ticketId: 't-1', number: 'PQRS-2026-000007', locale: 'es', requester: { email: 'ana@example.org', userId: 'cust-1' }, tier: 'N2' } as const;
const escalated = (assigneeId: string | null): Notification => ({ ...base, assigneeId, kind: 'escalated', from: 'N1', to: 'N2', trigger: 'threshold', key: 't-1:resolution:75' });
const threshold = (metric: 'firstResponse' | 'resolution', atPercent: number, assigneeId: string | null = 'agent-1'): Notification =>
  ({ ...base, assigneeId, kind: 'slaThreshold', key: `t-1:${metric}:${atPercent}`, metric, atPercent });

function withN2(group: string, members: string[], more: Partial<Settings> = {}): Settings {
  const s = aSettings(more);
  return { ...s, tiers: { ...s.tiers, N2: { ...s.tiers.N2, groups: [group], members } } };
}
const client = () => new JiraClient(fakeRetry(h()));

describe('mentionAccounts (group members through the Jira REST fake)', () => {
  it('an escalation mentions the destination tier: a group of 3 plus 1 named user → 4 mentions', async () => {
    h().jira.state.groups.set('pqrs-n2', ['g-1', 'g-2', 'g-3']);
    const ids = await mentionAccounts(client(), withN2('pqrs-n2', ['lead-n2']), escalated(null), new Map());
    expect(ids).toEqual(['lead-n2', 'g-1', 'g-2', 'g-3']);
  });

  it('puts the assignee first and mentions nobody twice', async () => {
    h().jira.state.groups.set('pqrs-n2', ['g-1', 'g-2', 'g-3']);
    const settings = withN2('pqrs-n2', ['lead-n2'], { agents: [anAgent({ id: 'g-1', tiers: ['N2'] })] });
    expect(await mentionAccounts(client(), settings, escalated('g-2'), new Map())).toEqual(['g-2', 'lead-n2', 'g-1', 'g-3']);
  });

  it(`caps at ${MENTION_CAP}, reading only the group pages it needs (once per invocation)`, async () => {
    h().jira.state.groups.set('big', Array.from({ length: 120 }, (_, i) => `b-${i}`));
    const cache: GroupCache = new Map();
    const before = h().jira.count(GROUP_GET);
    const ids = await mentionAccounts(client(), withN2('big', ['lead-n2']), escalated('agent-1'), cache);
    expect(ids).toHaveLength(MENTION_CAP);
    expect(ids.slice(0, 3)).toEqual(['agent-1', 'lead-n2', 'b-0']);
    expect(await mentionAccounts(client(), withN2('big', ['lead-n2']), escalated('agent-1'), cache)).toEqual(ids);
    expect(h().jira.count(GROUP_GET) - before).toBe(1);
  });

  it('a threshold mentions the rule\'s targets: {group}, {user}, tierLead — never the requester', async () => {
    h().jira.state.groups.set('juridica', ['j-1', 'app:bot', 'j-2']);
    const s = withN2('pqrs-n2', ['lead-n2']);
    const settings: Settings = {
      ...s,
      escalationRules: [{
        metric: 'resolution', atPercent: 50, action: 'notify',
        effects: [{ kind: 'notify', to: ['requester', { user: 'boss-1' }, { group: 'juridica' }, 'tierLead'] }, { kind: 'comment', messageKey: 'x', internal: true }],
      }],
    };
    expect(await mentionAccounts(client(), settings, threshold('resolution', 50), new Map())).toEqual(['boss-1', 'j-1', 'j-2', 'lead-n2']);
  });

  it('a contract rule without effects mentions the assignee; other kinds and a missing group mention nobody', async () => {
    const settings = aSettings();
    expect(await mentionAccounts(client(), settings, threshold('firstResponse', 50), new Map())).toEqual(['agent-1']);
    expect(await mentionAccounts(client(), settings, { ...base, assigneeId: 'agent-1', kind: 'reopened' }, new Map())).toEqual([]);
    expect(await mentionAccounts(client(), withN2('no-such-group', []), escalated(null), new Map())).toEqual([]);
    expect(await mentionAccounts(client(), undefined, escalated('agent-1'), new Map())).toEqual([]);
  });
});

describe('adfWithMentions', () => {
  it('adds one paragraph of mention nodes; without mentions it is plain textToAdf', async () => {
    const doc = adfWithMentions('Ventanilla: escalada\nsegunda línea', ['acc-1', 'acc-2']);
    expect(doc).toEqual({
      type: 'doc', version: 1, content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ventanilla: escalada' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'segunda línea' }] },
        { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'acc-1' } }, { type: 'text', text: ' ' }, { type: 'mention', attrs: { id: 'acc-2' } }] },
      ],
    });
    expect(adfWithMentions('a\nb', [])).toEqual(textToAdf('a\nb'));
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Menciones' });
    await client().addAdfComment(issue.id, doc);
    expect(adfToText(issue.comments.at(-1)?.body)).toBe('Ventanilla: escalada\nsegunda línea\n ');
  });
});

describe('jiraDirectory with tier groups', () => {
  it('adds the tier\'s named members and group members as plain agents, reading each group once', async () => {
    h().jira.state.groups.set('pqrs-n2', ['g-1', 'g-2', 'n2-a']);
    const settings = withN2('pqrs-n2', ['lead-n2'], { agents: [anAgent({ id: 'n2-a', tiers: ['N2'], cap: 3 })] });
    const dir = jiraDirectory(settings, { jira: client(), cache: new Map() });
    const before = h().jira.count(GROUP_GET);
    const agents = await dir.agentsForTier('N2');
    expect(agents.map((a) => a.id)).toEqual(['n2-a', 'lead-n2', 'g-1', 'g-2']);
    expect(agents[0]?.maxOpen).toBe(3);
    expect(agents[2]).toMatchObject({ tiers: ['N2'], maxOpen: null, away: false, skills: { types: [], categories: [], languages: [] } });
    await dir.agentsForTier('N2');
    expect(h().jira.count(GROUP_GET) - before).toBe(1);
    expect((await jiraDirectory(settings).agentsForTier('N2')).map((a) => a.id)).toEqual(['n2-a']);
  });
});
