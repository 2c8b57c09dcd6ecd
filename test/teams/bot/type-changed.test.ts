/** The Teams bot tells the requester about a reclassification (ADR 0086), in their language. */
import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/core/index';
import { notificationText } from '../../../src/teams/cards/notification-card';
import { routeOf } from '../../../src/teams/bot/notification-routing';

const base = { ticketId: 't-1', number: 'PQRS-2026-000001', requester: { email: 'a@example.org' }, assigneeId: null, tier: 'N1' } as const;

describe('typeChanged notification in Teams', () => {
  it('goes to the requester only', () => {
    const n: Notification = { ...base, locale: 'es', kind: 'typeChanged', from: 'peticion', to: 'consulta', legalDueDate: '2026-04-16' };
    expect(routeOf(n)).toEqual({ requester: true, channelTier: null });
  });

  it.each([
    ['es', '2026-04-16', 'Su solicitud PQRS-2026-000001 fue reclasificada de «Petición» a «Consulta». El término legal ahora vence el 16 de abril de 2026.'],
    ['en', '2026-04-16', 'Your request PQRS-2026-000001 was reclassified from “Petition” to “Consultation”. The legal term now ends on April 16, 2026.'],
    ['es', null, 'Su solicitud PQRS-2026-000001 fue reclasificada de «Petición» a «Felicitación». Este tipo de solicitud no tiene término legal.'],
  ] as const)('%s, due %s', (locale, legalDueDate, text) => {
    const to = legalDueDate === null ? 'felicitacion' : 'consulta';
    const n: Notification = { ...base, locale, kind: 'typeChanged', from: 'peticion', to, legalDueDate };
    expect(notificationText(locale, n)).toBe(text);
  });
});
