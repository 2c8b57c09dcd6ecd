import { describe, it, expect } from 'vitest';
import { requestExtension, type ExtensionRequest } from '../../../src/core/pqrs/index';
import { bogota, at } from './fixtures';

const base: ExtensionRequest = {
  type: 'peticion',
  receivedAt: at('2026-07-10'),
  requestedAt: at('2026-08-03'),
  days: 15,
  reason: 'Se requiere concepto de la oficina jurídica',
  previousExtensions: 0,
};

describe('requestExtension (Ley 1755 par. art. 14; Ley 1581)', () => {
  it('grants up to the original term, announced before expiry', () => {
    expect(requestExtension(bogota, base)).toMatchObject({ ok: true, extensionDays: 15, dueDate: '2026-08-27', previousDueDate: '2026-08-04' });
  });

  it('accepts a request on the last day, refuses one after the term ran out', () => {
    expect(requestExtension(bogota, { ...base, requestedAt: at('2026-08-04', '23:59') })).toMatchObject({ ok: true });
    expect(requestExtension(bogota, { ...base, requestedAt: at('2026-08-05', '00:00') })).toMatchObject({
      ok: false, code: 'termExpired', messageKey: 'pqrs.extension.termExpired', params: { dueDate: '2026-08-04' },
    });
  });

  it.each([
    [{ previousExtensions: 1 }, 'alreadyExtended'],
    [{ reason: '   ' }, 'reasonRequired'],
    [{ reason: 'porque sí' }, 'reasonTooShort'],
    [{ days: 0 }, 'daysOutOfRange'],
    [{ days: 16 }, 'daysOutOfRange'],
    [{ days: 2.5 }, 'daysOutOfRange'],
    [{ type: 'habeasConsulta' as const, days: 6 }, 'daysOutOfRange'],
    [{ type: 'felicitacion' as const }, 'noLegalTerm'],
    [{ suspensions: [{ from: at('2026-07-15'), to: null }] }, 'requesterSuspended'],
  ])('%o → %s', (patch, code) => {
    expect(requestExtension(bogota, { ...base, ...patch })).toMatchObject({ ok: false, code, messageKey: `pqrs.extension.${code}` });
  });

  it('habeas data reclamo: +8 days at most', () => {
    const r = requestExtension(bogota, { ...base, type: 'habeasReclamo', receivedAt: at('2026-06-26'), requestedAt: at('2026-07-20'), days: 8 });
    expect(r).toMatchObject({ ok: true, dueDate: '2026-08-03', previousDueDate: '2026-07-22' });
  });
});
