/** The message about a reclassification (ADR 0086), for every notifier (Teams card, Jira comment). */
import { t, type Locale } from '../i18n/index';
import { formatLocalDate, type PqrsKind } from '../pqrs/index';

/** What the message needs: the `typeChanged` notification fields. */
export interface TypeChangedFacts {
  number: string;
  from: PqrsKind;
  to: PqrsKind;
  legalDueDate: string | null;
}

/**
 * The localized text of a `typeChanged` notification: to the requester ("Su solicitud … fue
 * reclasificada …") or to staff (Jira comment), with the new legal due date or "no legal term".
 *
 * @example
 * typeChangedText('es', { number: 'PQRS-2026-000001', from: 'peticion', to: 'queja', legalDueDate: '2026-03-24' }, 'requester');
 * // 'Su solicitud PQRS-2026-000001 fue reclasificada de «Petición» a «Queja». El término legal ahora vence el 24 de marzo de 2026.'
 */
export function typeChangedText(locale: Locale, n: TypeChangedFacts, audience: 'requester' | 'staff'): string {
  const due = n.legalDueDate === null
    ? t(locale, 'tickets.reclassify.noTerm')
    : t(locale, 'tickets.reclassify.due', { date: formatLocalDate(locale, n.legalDueDate) });
  const params = { number: n.number, from: t(locale, `tickets.type.${n.from}`), to: t(locale, `tickets.type.${n.to}`), due };
  return t(locale, audience === 'requester' ? 'tickets.reclassify.requester' : 'tickets.reclassify.staff', params);
}
