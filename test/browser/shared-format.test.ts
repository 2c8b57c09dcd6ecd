/**
 * Pure pieces of the tab UI (static/shared and the tab helpers): duration and countdown texts,
 * labels, metric rows, intake checks, host detection helpers. No browser needed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBusinessDuration, formatDuration } from '../../static/shared/format/duration';
import { countdownText } from '../../static/shared/format/countdown';
import { formatLocalDate } from '../../static/shared/format/date';
import { labelOf } from '../../static/shared/i18n/labels';
import { metricRows } from '../../static/shared/format/metric-rows';
import type { SlaClockView } from '../../static/shared/api/schemas';
import { validateIntake } from '../../static/teams/src/tabs/intake-draft';
import { extraHostOrigins, toThemeName } from '../../static/teams/src/host/teams-host';
import { chosenDemoUser } from '../../static/teams/src/host/session';
import { tabFromPath } from '../../static/teams/src/routes';

const H = 3_600_000;
const M = 60_000;

describe('formatDuration', () => {
  it.each([
    [0, 'es', '0 min'],
    [999, 'en', '0 min'],
    [45_000, 'en', '45 s'],
    [2 * M + 5_000, 'es', '2 min 5 s'],
    [-(2 * M + 5_000), 'en', '2 min 5 s'],
    [H, 'es', '1 h'],
    [3 * H + 20 * M + 59_000, 'en', '3 h 20 min'],
    [26 * H + 5 * M, 'es', '1 d 2 h'],
    [24 * H + 5 * M, 'es', '1 d'],
  ] as const)('%d ms in %s → %s', (ms, locale, text) => {
    expect(formatDuration(ms, locale)).toBe(text);
  });

  it('never shows more than two units and never an empty string', () => {
    fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), (ms) => {
      const text = formatDuration(ms, 'en');
      expect(text.length).toBeGreaterThan(0);
      expect(text.split(' ').length).toBeLessThanOrEqual(4);
    }));
  });
});

describe('formatBusinessDuration', () => {
  it.each([
    [0, '0 min'],
    [8 * H + 30 * M, '8 h 30 min'],
    [40 * H, '40 h'],
    [15 * M, '15 min'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatBusinessDuration(ms, 'es')).toBe(text);
  });
});

const clock = (over: Partial<SlaClockView>): SlaClockView => ({
  metric: 'resolution', state: 'running', goalMs: 8 * H, elapsedMs: 0, remainingMs: 8 * H,
  dueAt: '2026-03-03T21:00:00Z', breachedAt: null, ...over,
});

describe('countdownText', () => {
  it.each([
    ['running, a day left', clock({}), '2026-03-02T21:00:00Z', 'en', 'due in 1 d', 'ok'],
    ['running, 30 min left', clock({ remainingMs: 30 * M }), '2026-03-03T20:30:00Z', 'es', 'vence en 30 min', 'warning'],
    ['running past dueAt (stale view)', clock({}), '2026-03-03T21:05:00Z', 'en', 'overdue by 5 min', 'danger'],
    ['breached, counting', clock({ state: 'breached', dueAt: '2026-03-03T21:00:00Z', breachedAt: '2026-03-03T21:00:00Z' }), '2026-03-04T00:00:00Z', 'en', 'overdue by 3 h', 'danger'],
    ['breached and stopped', clock({ state: 'breached', dueAt: null, breachedAt: null }), '2026-03-04T00:00:00Z', 'es', 'incumplido', 'danger'],
    ['paused', clock({ state: 'paused', dueAt: null }), '2026-03-02T21:00:00Z', 'es', 'en pausa', 'neutral'],
    ['met', clock({ state: 'met', dueAt: null }), '2026-03-02T21:00:00Z', 'en', 'met', 'success'],
  ] as const)('%s', (_name, c, now, locale, text, tone) => {
    const view = countdownText(c, new Date(now), locale);
    expect(view.text).toBe(text);
    expect(view.tone).toBe(tone);
  });

  it('counts down one second per second while running', () => {
    const c = clock({});
    const a = countdownText(c, new Date('2026-03-03T20:00:00Z'), 'en');
    const b = countdownText(c, new Date('2026-03-03T20:00:01Z'), 'en');
    expect(a.leftMs).toBe(H);
    expect(b.leftMs).toBe(H - 1000);
  });
});

describe('formatLocalDate', () => {
  it('shows a local date as written, whatever the zone', () => {
    expect(formatLocalDate('2026-03-24', 'en')).toBe('Tuesday, March 24, 2026');
    expect(formatLocalDate('2026-03-24', 'es')).toContain('24 de marzo de 2026');
  });
});

describe('labelOf', () => {
  it.each([
    ['es', 'status', 'inProgress', 'En curso'],
    ['en', 'type', 'reclamo', 'Claim'],
    ['en', 'sla', 'firstResponse', 'First response'],
    ['es', 'type', 'somethingNew', 'somethingNew'],
  ] as const)('%s %s %s → %s', (locale, kind, value, text) => {
    expect(labelOf(locale, kind, value)).toBe(text);
  });
});

describe('metricRows', () => {
  it('flattens numbers with shares and percentages', () => {
    const rows = metricRows({ slaRate: 0.875, compliancePct: 92, byTier: { N1: 3, N2: 1 }, note: 'x' }, 'en');
    expect(rows.map((r) => [r.path, r.text, r.share])).toEqual([
      ['slaRate', '87.5 %', 0.875],
      ['compliancePct', '92 %', 0.92],
      ['byTier.N1', '3', null],
      ['byTier.N2', '1', null],
    ]);
  });
  it('a ratio is one row with its parts; business durations in hours; null values as a dash', () => {
    const rows = metricRows({
      resolvedRate: { numerator: 5, denominator: 6, value: 5 / 6 },
      withinSla: { numerator: 0, denominator: 0, value: null },
      medianMs: 5_400_000,
      p90Ms: null,
    }, 'es');
    expect(rows.map((r) => [r.label, r.text, r.share])).toEqual([
      ['Resueltas', '83,3 % (5/6)', 5 / 6],
      ['Dentro del ANS', '—', 0],
      ['Mediana', '1 h 30 min', null],
      ['Percentil 90', '—', null],
    ]);
  });
  it('a bare number is one row without a label', () => {
    expect(metricRows(42, 'es')).toEqual([{ path: '', label: '', value: 42, text: '42', share: null }]);
  });
});

describe('validateIntake', () => {
  it.each([
    [{ type: 'queja', subject: 'Luz', description: 'Sin luz', impact: 'alta', urgency: 'baja' }, {}],
    [{ type: 'queja', subject: '  ', description: '', impact: 'alta', urgency: 'baja' },
      { subject: { key: 'tabs.validation.required' }, description: { key: 'tabs.validation.required' } }],
    [{ type: 'queja', subject: 'x'.repeat(201), description: 'd', impact: 'alta', urgency: 'baja' },
      { subject: { key: 'tabs.validation.tooLong', params: { max: 200 } } }],
  ])('%o', (draft, problems) => {
    expect(validateIntake(draft)).toEqual(problems);
  });
});

describe('host helpers', () => {
  it.each([
    ['127.0.0.1', '?hostOrigin=http://127.0.0.1:4000', ['http://127.0.0.1:4000']],
    ['localhost', '?hostOrigin=http://localhost:4000', ['http://localhost:4000']],
    ['helpdesk.example.com', '?hostOrigin=http://127.0.0.1:4000', []],
    ['127.0.0.1', '?hostOrigin=https://evil.example.com', []],
    ['127.0.0.1', '?hostOrigin=http://127.0.0.1:4000/path', []],
    ['127.0.0.1', '?hostOrigin=not a url', []],
    ['127.0.0.1', '', []],
  ])('tab on %s with %s → %o', (hostname, search, origins) => {
    expect(extraHostOrigins({ hostname, search })).toEqual(origins);
  });

  it.each([
    ['dark', 'dark'], ['contrast', 'contrast'], ['highContrast', 'contrast'], ['default', 'default'], ['glass', 'default'], [null, 'default'],
  ] as const)('theme %s → %s', (input, theme) => {
    expect(toThemeName(input)).toBe(theme);
  });

  it.each([
    ['/tabs/queue', 'queue'], ['/tabs/mine/', 'mine'], ['/', 'file'], ['/tabs/nope', 'file'], ['/tabs/settings', 'settings'],
  ] as const)('path %s → tab %s', (path, tab) => {
    expect(tabFromPath(path)).toBe(tab);
  });

  it('demo user: ?as= first, then the remembered one', () => {
    const storage = { getItem: (key: string) => (key === 'ventanilla.demoUser' ? 'kept@x.co' : null) };
    expect(chosenDemoUser('?as=ana@x.co', storage)).toBe('ana@x.co');
    expect(chosenDemoUser('', storage)).toBe('kept@x.co');
    expect(chosenDemoUser('', null)).toBeNull();
  });
});
