import type { LegalBasis, PqrsKind } from './types';

const TERMS: Record<PqrsKind, number | null> = {
  peticion: 15, queja: 15, reclamo: 15, sugerencia: 15, denuncia: 15,
  documentos: 10, consulta: 30, felicitacion: null,
  habeasConsulta: 10, habeasReclamo: 15,
};

/**
 * The legal term in business days (días hábiles), counted from the day after receipt; `null`
 * when the kind has no term (felicitación). Ley 1755/2015 art. 14; habeas data Ley 1581/2012
 * arts. 14–15.
 *
 * @example
 * legalTermDays('peticion');        // 15
 * legalTermDays('documentos');      // 10
 * legalTermDays('habeasConsulta');  // 10
 * legalTermDays('felicitacion');    // null
 */
export function legalTermDays(type: PqrsKind): number | null {
  const term = TERMS[type];
  if (term === undefined) throw new Error(`legalTermDays: unknown PQRS type '${String(type)}'`);
  return term;
}

/**
 * The most extension days the law allows, 0 when there is no term. Ley 1755 par. art. 14: the
 * new term may not exceed double the original, so the extension is at most the term; Ley 1581:
 * consulta +5, reclamo +8.
 *
 * @example
 * maxExtensionDays('peticion');       // 15
 * maxExtensionDays('habeasReclamo');  // 8
 */
export function maxExtensionDays(type: PqrsKind): number {
  if (type === 'habeasConsulta') return 5;
  if (type === 'habeasReclamo') return 8;
  return legalTermDays(type) ?? 0;
}

/**
 * The legal basis of a kind's term, used to cite the law in receipts.
 *
 * @example
 * legalBasisOf('habeasReclamo'); // 'ley1581art15'
 */
export function legalBasisOf(type: PqrsKind): LegalBasis {
  if (type === 'habeasConsulta') return 'ley1581art14';
  if (type === 'habeasReclamo') return 'ley1581art15';
  return legalTermDays(type) === null ? 'none' : 'ley1755art14';
}
