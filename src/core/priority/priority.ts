import { z } from 'zod';

/** ITIL priority, P1 (critical) … P5 (planning). */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
/** Impact or urgency level. */
export type Level = 'alta' | 'media' | 'baja';

/**
 * All priorities, most urgent first.
 *
 * @example
 * PRIORITIES[0]; // 'P1'
 */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const satisfies readonly Priority[];
/**
 * All levels, highest first.
 *
 * @example
 * LEVELS.map((l) => priorityOf(l, l)); // ['P1', 'P3', 'P5']
 */
export const LEVELS = ['alta', 'media', 'baja'] as const satisfies readonly Level[];

/**
 * zod schema of a {@link Priority}.
 *
 * @example
 * prioritySchema.parse('P2'); // 'P2'
 */
export const prioritySchema = z.enum(PRIORITIES);
/**
 * zod schema of a {@link Level} (impact or urgency).
 *
 * @example
 * levelSchema.parse('media'); // 'media'
 */
export const levelSchema = z.enum(LEVELS);

/** `matrix[impact][urgency]` → priority. */
export type PriorityMatrix = Record<Level, Record<Level, Priority>>;

const rowSchema = z.object({ alta: prioritySchema, media: prioritySchema, baja: prioritySchema });
/**
 * zod schema of a {@link PriorityMatrix} (rows: impact, columns: urgency).
 *
 * @example
 * priorityMatrixSchema.parse(DEFAULT_PRIORITY_MATRIX);
 */
export const priorityMatrixSchema = z.object({ alta: rowSchema, media: rowSchema, baja: rowSchema });

/**
 * The ITIL 3×3 default (domain research §C.1): alta/alta P1 … baja/baja P5.
 *
 * @example
 * DEFAULT_PRIORITY_MATRIX.alta.baja; // 'P3'
 */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  alta: { alta: 'P1', media: 'P2', baja: 'P3' },
  media: { alta: 'P2', media: 'P3', baja: 'P4' },
  baja: { alta: 'P3', media: 'P4', baja: 'P5' },
};

/**
 * Priority from impact and urgency (ITIL matrix; configurable).
 *
 * @example
 * priorityOf('alta', 'alta');   // 'P1'
 * priorityOf('media', 'baja');  // 'P4'
 */
export function priorityOf(impact: Level, urgency: Level, matrix: PriorityMatrix = DEFAULT_PRIORITY_MATRIX): Priority {
  const row = matrix[impact];
  const p = row?.[urgency];
  if (p === undefined) throw new Error(`priorityOf: unknown impact/urgency '${String(impact)}'/'${String(urgency)}'`);
  return p;
}
