import { z } from 'zod';

/** The eight PQRSDF request types of the contract (Ley 1755 de 2015 art. 14 presets). */
export type PqrsType =
  | 'peticion' | 'queja' | 'reclamo' | 'sugerencia' | 'denuncia' | 'felicitacion' | 'consulta' | 'documentos';

/**
 * Every request kind the engine knows: the contract's {@link PqrsType} plus the habeas data
 * requests of Ley 1581 de 2012 (art. 14 consulta, art. 15 reclamo).
 */
export type PqrsKind = PqrsType | 'habeasConsulta' | 'habeasReclamo';

/**
 * The contract's eight types, in PQRSDF order.
 *
 * @example
 * PQRS_TYPES.length; // 8
 */
export const PQRS_TYPES = [
  'peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia', 'felicitacion', 'consulta', 'documentos',
] as const satisfies readonly PqrsType[];

/**
 * All kinds: the eight types plus the two habeas data requests.
 *
 * @example
 * PQRS_KINDS.includes('habeasReclamo'); // true
 */
export const PQRS_KINDS = [...PQRS_TYPES, 'habeasConsulta', 'habeasReclamo'] as const satisfies readonly PqrsKind[];

/**
 * zod schema of a contract {@link PqrsType}.
 *
 * @example
 * pqrsTypeSchema.parse('queja'); // 'queja'
 */
export const pqrsTypeSchema = z.enum(PQRS_TYPES);
/**
 * zod schema of any {@link PqrsKind} (contract types plus habeas data).
 *
 * @example
 * pqrsKindSchema.parse('habeasConsulta'); // 'habeasConsulta'
 */
export const pqrsKindSchema = z.enum(PQRS_KINDS);

/** The law a kind's term comes from. */
export type LegalBasis = 'ley1755art14' | 'ley1581art14' | 'ley1581art15' | 'none';
