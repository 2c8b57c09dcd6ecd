import { es, en } from '../i18n/catalog/pqrs';
import { legalBasisOf } from './legal-terms';
import type { PqrsKind } from './types';

type Key = keyof typeof es;

function fill(locale: 'es' | 'en', key: Key, params: Record<string, string>): string {
  const template = (locale === 'en' ? en : es)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * A local date written out for people, e.g. `'4 de agosto de 2026'` / `'August 4, 2026'`.
 *
 * @example
 * formatLocalDate('es', '2026-08-04'); // '4 de agosto de 2026'
 */
export function formatLocalDate(locale: 'es' | 'en', date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid local date '${date}'`);
  const fmt = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'es-CO', {
    timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric',
  });
  return fmt.format(d);
}

/**
 * The acknowledgement (constancia de radicación) sent to the requester: type, radicado, legal
 * due date and the law that sets it; without a due date for kinds with no term.
 *
 * @example
 * acknowledgementText('es', { type: 'peticion', radicado: 'PQRS-2026-000123', dueDate: '2026-08-04' });
 * // 'Hemos recibido su petición con el número de radicado PQRS-2026-000123. De acuerdo con la Ley
 * //  1755 de 2015, artículo 14, le daremos respuesta a más tardar el 4 de agosto de 2026.'
 */
export function acknowledgementText(
  locale: 'es' | 'en',
  ack: { type: PqrsKind; radicado: string; dueDate: string | null },
): string {
  const type = (locale === 'en' ? en : es)[`pqrs.type.${ack.type}`];
  const basis = legalBasisOf(ack.type);
  if (basis === 'none' || ack.dueDate === null) return fill(locale, 'pqrs.ack.noTerm', { type, radicado: ack.radicado });
  return fill(locale, 'pqrs.ack.withTerm', {
    type,
    radicado: ack.radicado,
    law: (locale === 'en' ? en : es)[`pqrs.law.${basis}`],
    dueDate: formatLocalDate(locale, ack.dueDate),
  });
}
