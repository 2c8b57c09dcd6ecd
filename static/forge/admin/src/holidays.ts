/** Merging a year of Colombian national holidays into a calendar of the settings draft (pure). */
import { z } from 'zod';
import { colombianHolidays } from '../../../../src/core/index';

export const calendarsSchema = z.array(z.looseObject({ id: z.string().optional(), spec: z.looseObject({ holidays: z.array(z.string()).optional() }) }));

/**
 * `calendarsText` with `year`'s Colombian holidays merged into calendar `index` (sorted, no duplicates).
 *
 * @example
 * addColombianHolidays('[{"id":"bogota","spec":{"timeZone":"America/Bogota","week":{}}}]', 0, 2026).count; // 19
 */
export function addColombianHolidays(calendarsText: string, index: number, year: number): { text: string; count: number } | null {
  let raw: unknown;
  try { raw = JSON.parse(calendarsText); } catch { return null; }
  const parsed = calendarsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const calendars = parsed.data;
  const target = calendars[index];
  if (target === undefined) return null;
  const added = colombianHolidays(year);
  const holidays = [...new Set([...(target.spec.holidays ?? []), ...added])].sort();
  const next = calendars.map((c, i) => (i === index ? { ...c, spec: { ...c.spec, holidays } } : c));
  return { text: JSON.stringify(next, null, 2), count: added.length };
}
