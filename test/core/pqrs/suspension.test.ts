import { describe, it, expect } from 'vitest';
import { legalDeadlineWithSuspensions, legalSuspensionsFromEvents, legalDeadline } from '../../../src/core/pqrs/index';
import { bogota, at } from './fixtures';

// Petición received Fri 2026-07-10 → due Tue 2026-08-04 without suspension.
const received = at('2026-07-10');

describe('legalDeadlineWithSuspensions (Ley 1755 art. 17)', () => {
  it('no suspension = legalDeadline', () => {
    const r = legalDeadlineWithSuspensions(bogota, received, 'peticion', []);
    expect(r).toEqual({ state: 'running', ...legalDeadline(bogota, received, 'peticion') });
  });

  it('resume (default): days used before the requirement are kept, the rest counts after the info arrives', () => {
    // used: Tue 07-14 only (13 Jul holiday); requirement Wed 07-15; info Mon 07-27 → 14 days from Tue 07-28
    const r = legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-07-15'), to: at('2026-07-27', '09:00') }]);
    expect(r).toMatchObject({ state: 'running', dueDate: '2026-08-18' });
  });

  it('restart: the whole term counts again from the day after the info arrives', () => {
    const r = legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-07-15'), to: at('2026-07-27', '09:00') }], { mode: 'restart' });
    expect(r).toMatchObject({ state: 'running', dueDate: '2026-08-19' });
  });

  it('an open suspension reports the days left', () => {
    expect(legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-07-15'), to: null }])).toEqual({
      state: 'suspended', since: at('2026-07-15'), remainingDays: 14,
    });
    expect(legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-07-15'), to: null }], { mode: 'restart' })).toMatchObject({
      remainingDays: 15,
    });
  });

  it('a requirement on the last day still leaves one day after the info arrives', () => {
    const r = legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-08-04', '16:00'), to: at('2026-08-10') }]);
    expect(r).toMatchObject({ state: 'running', dueDate: '2026-08-11' });
  });

  it('a suspension after the term expired does not revive it', () => {
    const r = legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-08-05'), to: at('2026-08-10') }]);
    expect(r).toMatchObject({ state: 'running', dueDate: '2026-08-04' });
  });

  it('two suspensions (resume) and the extension add up', () => {
    const s = [
      { from: at('2026-07-15'), to: at('2026-07-16') }, // used 1 (07-14); resumes 07-17 with 14
      { from: at('2026-07-22'), to: at('2026-07-23') }, // used 07-17, 07-21 (20 Jul holiday) → 12 left from 07-24
    ];
    expect(legalDeadlineWithSuspensions(bogota, received, 'peticion', s)).toMatchObject({ dueDate: '2026-08-11' });
    expect(legalDeadlineWithSuspensions(bogota, received, 'peticion', s, { extensionDays: 2 })).toMatchObject({ dueDate: '2026-08-13' });
  });

  it('rejects overlapping or inverted suspensions', () => {
    expect(() => legalDeadlineWithSuspensions(bogota, received, 'peticion', [{ from: at('2026-07-20'), to: at('2026-07-15') }])).toThrow(/ends before/);
    expect(() =>
      legalDeadlineWithSuspensions(bogota, received, 'peticion', [
        { from: at('2026-07-15'), to: at('2026-07-20') },
        { from: at('2026-07-17'), to: at('2026-07-22') },
      ]),
    ).toThrow(/overlap/);
  });

  it('felicitación has no term', () => {
    expect(legalDeadlineWithSuspensions(bogota, received, 'felicitacion', [])).toBeNull();
  });
});

describe('legalSuspensionsFromEvents', () => {
  it('derives the waitingRequester intervals, the last one open', () => {
    expect(
      legalSuspensionsFromEvents([
        { type: 'created', at: '2026-07-10T10:00:00-05:00', priority: 'P3', status: 'open' },
        { type: 'statusChanged', at: '2026-07-15T10:00:00-05:00', status: 'waitingRequester' },
        { type: 'statusChanged', at: '2026-07-27T09:00:00-05:00', status: 'inProgress' },
        { type: 'statusChanged', at: '2026-07-29T09:00:00-05:00', status: 'waitingRequester' },
      ]),
    ).toEqual([
      { from: new Date('2026-07-15T15:00:00Z'), to: new Date('2026-07-27T14:00:00Z') },
      { from: new Date('2026-07-29T14:00:00Z'), to: null },
    ]);
  });
});
