import { z } from 'zod';

/** The eight PQRSDF request types of the contract (Ley 1755 de 2015 art. 14 presets). */
export type PqrsType =
  | 'peticion' | 'queja' | 'reclamo' | 'sugerencia' | 'denuncia' | 'felicitacion' | 'consulta' | 'documentos';

/**
 * Every request kind the engine knows: the contract's {@link PqrsType} plus the habeas data
 * requests of Ley 1581 de 2012 (art. 14 consulta, art. 15 reclamo).
 */
export type PqrsKind = PqrsType | 'habeasConsulta' | 'habeasReclamo';

/** The contract's eight types, in PQRSDF order. */
export const PQRS_TYPES = [
  'peticion', 'queja', 'reclamo', 'sugerencia', 'denuncia', 'felicitacion', 'consulta', 'documentos',
] as const satisfies readonly PqrsType[];

/** All kinds: the eight types plus the two habeas data requests. */
export const PQRS_KINDS = [...PQRS_TYPES, 'habeasConsulta', 'habeasReclamo'] as const satisfies readonly PqrsKind[];

export const pqrsTypeSchema = z.enum(PQRS_TYPES);
export const pqrsKindSchema = z.enum(PQRS_KINDS);

/** The law a kind's term comes from. */
export type LegalBasis = 'ley1755art14' | 'ley1581art14' | 'ley1581art15' | 'none';
