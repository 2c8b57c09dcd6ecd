import { describe, expect, it } from 'vitest';
import { byTimeToBreach, NO_FILTERS, toQueueInput } from '../../../static/forge/queue/src/queue-query';
import { metricRows } from '../../../static/forge/queue/src/metric-rows';
import { formatBusinessTime } from '../../../static/forge/shared/format';
import { toForgeEnv } from '../../../static/forge/shared/forge-env';

describe('queue query', () => {
  it.each([
    [NO_FILTERS, {}],
    [{ ...NO_FILTERS, tier: 'N2', type: 'queja', priority: 'P1', channel: 'web' }, { tier: 'N2', type: 'queja', priority: 'P1', channel: 'web' }],
    [{ ...NO_FILTERS, breached: 'yes', assignee: 'me' }, { breached: true, assigneeId: 'acc-1' }],
    [{ ...NO_FILTERS, breached: 'no', assignee: 'unassigned' }, { breached: false, assigneeId: null }],
    [{ ...NO_FILTERS, tier: 'N9' }, {}],
  ])('%j → %j', (filters, input) => {
    expect(toQueueInput(filters, 'acc-1')).toEqual(input);
  });

  it('sorts by time to breach, most urgent first, no running clock last', () => {
    const item = (id: string, ttb: number | null) => ({ ticket: { id }, timeToBreachMs: ttb });
    const sorted = byTimeToBreach([item('a', null), item('b', 5), item('c', -10), item('d', 0)]);
    expect(sorted.map((i) => i.ticket.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('formatting', () => {
  it.each([
    [28_798_000, 'es', '7 h 59 min 58 s'],
    [-61_000, 'en', '1 min 1 s'],
    [0, 'es', '0 s'],
    [3_600_000, 'en', '1 h 0 min 0 s'],
  ] as const)('formatBusinessTime(%d, %s)', (ms, locale, text) => {
    expect(formatBusinessTime(ms, locale)).toBe(text);
  });

  it('flattens a metrics report two levels deep', () => {
    expect(metricRows({ volume: { total: 1234.5, byChannel: { web: 2 } }, list: [1, 2], csat: null }, 'en')).toEqual([
      { path: 'volume.total', value: '1,234.5' },
      { path: 'volume.byChannel.web', value: '2' },
      { path: 'list', value: '[2]' },
      { path: 'csat', value: '—' },
    ]);
  });
});

describe('Forge context', () => {
  it('maps the module context', () => {
    expect(toForgeEnv({ locale: 'en-US', accountId: 'acc', timezone: 'America/Bogota', extension: { issue: { id: 10001, key: 'PQ-1' }, project: { id: '100', key: 'PQ' } } }))
      .toEqual({ locale: 'en', accountId: 'acc', timeZone: 'America/Bogota', issueId: '10001', issueKey: 'PQ-1', projectId: '100', projectKey: 'PQ' });
    expect(toForgeEnv(undefined).locale).toBe('es');
  });
});
