import { describe, expect, it } from 'vitest';
import type { Notification, NotificationDetail } from '../../../src/core/index';
import { botConfigFromEnv } from '../../../src/teams/bot/config';
import { routeOf, type Route } from '../../../src/teams/bot/notification-routing';

const base = { ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'es', requester: { email: 'a@example.org' }, assigneeId: null, tier: 'N1' } as const;

describe('routeOf: who hears about what', () => {
  const cases: [NotificationDetail, Route][] = [
    [{ kind: 'ticketFiled', created: true }, { requester: true, channelTier: null }],
    [{ kind: 'ticketFiled', created: false }, { requester: false, channelTier: null }],
    [{ kind: 'agentReplied', public: true }, { requester: true, channelTier: null }],
    [{ kind: 'agentReplied', public: false }, { requester: false, channelTier: null }],
    [{ kind: 'statusChanged', from: 'open', to: 'inProgress' }, { requester: true, channelTier: null }],
    [{ kind: 'escalated', from: 'N1', to: 'N2', trigger: 'manual', key: null }, { requester: true, channelTier: null }],
    [{ kind: 'escalated', from: 'N1', to: 'N2', trigger: 'threshold', key: 'k' }, { requester: true, channelTier: 'N2' }],
    [{ kind: 'slaThreshold', key: 'k', metric: 'resolution', atPercent: 75 }, { requester: false, channelTier: 'N1' }],
    [{ kind: 'legalThreshold', key: 'k', atPercent: 80, dueDate: '2026-03-23' }, { requester: false, channelTier: 'N1' }],
    [{ kind: 'legalExtended', days: 15, dueDate: '2026-04-14' }, { requester: true, channelTier: null }],
    [{ kind: 'resolved', csatRequested: true }, { requester: true, channelTier: null }],
    [{ kind: 'reopened' }, { requester: true, channelTier: null }],
    [{ kind: 'requesterReplied' }, { requester: false, channelTier: 'N1' }],
    [{ kind: 'priorityChanged', from: 'P3', to: 'P1' }, { requester: false, channelTier: null }],
    [{ kind: 'assigned', from: null, to: 'agent-1' }, { requester: false, channelTier: null }],
    [{ kind: 'rated', score: 5 }, { requester: false, channelTier: null }],
  ];
  it.each(cases)('%j → %j', (detail, route) => {
    const n: Notification = { ...base, ...detail };
    expect(routeOf(n)).toEqual(route);
  });
});

describe('botConfigFromEnv', () => {
  it.each([
    [{}, {}],
    [{ MicrosoftAppId: '  ' }, {}],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', MicrosoftAppTenantId: 'ten' }, { appId: 'app', appPassword: 's', tenantId: 'ten' }],
    [{ MicrosoftAppId: 'app', MicrosoftAppType: 'MultiTenant' }, { appId: 'app', appType: 'MultiTenant' }],
  ])('%j → %j', (env, config) => {
    expect(botConfigFromEnv(env)).toEqual(config);
  });
  it('rejects an unknown app type', () => {
    expect(() => botConfigFromEnv({ MicrosoftAppId: 'app', MicrosoftAppType: 'Whatever' })).toThrow('MicrosoftAppType');
  });
});
