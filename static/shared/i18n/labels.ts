/**
 * Labels for enumerated values (type, status, channel, level, SLA metric): `tabs.<kind>.<value>`
 * from the catalogue, or the raw value when the server sends one the catalogue does not know yet.
 */
import { hasMessage, t, type Locale } from '../../../src/core/index';

export type LabelKind = 'type' | 'status' | 'channel' | 'level' | 'sla';

/**
 * @example
 * labelOf('es', 'status', 'inProgress'); // 'En curso'
 * labelOf('en', 'type', 'somethingNew'); // 'somethingNew'
 */
export function labelOf(locale: Locale, kind: LabelKind, value: string): string {
  const key = `tabs.${kind}.${value}`;
  return hasMessage(key) ? t(locale, key) : value;
}
