/**
 * Flattens the metrics report (a JSON object whose exact shape belongs to the core) into
 * `path → formatted value` rows, two levels deep; arrays are summarized by length.
 */
import type { Locale } from '../../../../src/core/index';

export interface MetricRow {
  path: string;
  value: string;
}

/**
 * @example
 * metricRows({ volume: { total: 12 }, csat: 4.5 }, 'en'); // [{ path: 'volume.total', value: '12' }, { path: 'csat', value: '4.5' }]
 */
export function metricRows(report: Readonly<Record<string, unknown>>, locale: Locale, prefix = '', depth = 0): MetricRow[] {
  const fmt = new Intl.NumberFormat(locale === 'es' ? 'es-CO' : 'en-US', { maximumFractionDigits: 2 });
  const rows: MetricRow[] = [];
  for (const [key, value] of Object.entries(report)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'number') rows.push({ path, value: fmt.format(value) });
    else if (typeof value === 'string' || typeof value === 'boolean') rows.push({ path, value: String(value) });
    else if (value === null) rows.push({ path, value: '—' });
    else if (Array.isArray(value)) rows.push({ path, value: `[${value.length}]` });
    else if (typeof value === 'object' && depth < 2) rows.push(...metricRows(Object.fromEntries(Object.entries(value)), locale, path, depth + 1));
  }
  return rows;
}
