/** `countdownText` with a live context: remaining BUSINESS time since the server's evaluation. */
import { describe, expect, it } from 'vitest';
import type { SlaClockView } from '../../../static/shared/api/schemas';
import { countdownText } from '../../../static/shared/format/countdown';
import { liveCalendar } from '../../../static/shared/format/live-clock';

const H = 3_600_000;
const M = 60_000;
const office = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
const cal = liveCalendar({ timeZone: 'America/Bogota', week: { mon: office, tue: office, wed: office, thu: office, fri: office } });
const clock = (over: Partial<SlaClockView>): SlaClockView => ({
  metric: 'resolution', state: 'running', goalMs: 8 * H, elapsedMs: 2 * H, remainingMs: 6 * H,
  dueAt: '2026-03-03T16:00:00Z', breachedAt: null, ...over,
});
const live = { evaluatedAt: '2026-03-02T21:30:00Z', calendar: cal }; // Mon 16:30 Bogotá

describe('countdownText in business time', () => {
  it.each([
    ['ticks while open', clock({}), '2026-03-02T21:40:00Z', 'es', '5 h 50 min hábiles restantes', 'ok', 6 * H - 10 * M],
    ['stands still overnight', clock({}), '2026-03-03T11:00:00Z', 'en', '5 h 30 min business time left', 'ok', 5.5 * H],
    ['seconds under an hour, warning', clock({ remainingMs: 40 * M }), '2026-03-02T21:30:05Z', 'en', '39 min 55 s business time left', 'warning', 40 * M - 5_000],
    ['runs out live → overdue', clock({ remainingMs: 10 * M }), '2026-03-03T13:30:00Z', 'es', 'vencido hace 50 min', 'danger', -50 * M],
    ['breached keeps counting', clock({ state: 'breached', remainingMs: -H, breachedAt: '2026-03-02T20:30:00Z', dueAt: '2026-03-02T20:30:00Z' }), '2026-03-02T22:30:00Z', 'en', 'overdue by 1 h 30 min', 'danger', -1.5 * H],
    ['breached and stopped', clock({ state: 'breached', dueAt: null, breachedAt: '2026-03-02T20:30:00Z', remainingMs: -H }), '2026-03-03T22:00:00Z', 'es', 'incumplido', 'danger', null],
    ['paused', clock({ state: 'paused', dueAt: null }), '2026-03-03T22:00:00Z', 'es', 'en pausa', 'neutral', null],
    ['met', clock({ state: 'met', dueAt: null }), '2026-03-03T22:00:00Z', 'en', 'met', 'success', null],
  ] as const)('%s', (_name, c, now, locale, text, tone, leftMs) => {
    expect(countdownText(c, new Date(now), locale, live)).toEqual({ text, tone, leftMs });
  });

  it('without a calendar it subtracts wall-clock time since evaluatedAt', () => {
    expect(countdownText(clock({}), new Date('2026-03-03T11:30:00Z'), 'en', { ...live, calendar: null }).leftMs).toBe(-8 * H);
  });
});
