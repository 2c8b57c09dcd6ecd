/**
 * Turns a metrics JSON object (the core's `helpDeskMetrics` output, read defensively) into
 * labelled rows a UI can draw as bars or a table, up to three levels deep, the path as the label:
 * a ratio `{ numerator, denominator, value }` is one row ("83,3 % (5/6)", a bar); keys ending in
 * `Ms` are business durations; `Pct`/`percent` keys are percentages; `rate`/`share`-like keys in
 * [0, 1] are shares; any other number is shown as is.
 */
import { z } from 'zod';
import { hasMessage, t, type Locale } from '../../../src/core/index';
import { formatBusinessDuration } from './duration';

const RatioSchema = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() });

export interface MetricRow {
  /** Dotted path from the metric's root, '' for the metric itself. */
  path: string;
  label: string;
  value: number;
  /** Value shown to people ("87 %", "12", "3,5"). */
  text: string;
  /** 0..1 share for a bar, or null when the number is not a share. */
  share: number | null;
}

const PCT_KEY = /(pct|percent|percentage)$/i;
const SHARE_KEY = /(rate|ratio|share|compliance|fulfilment|fulfillment|utilisation|utilization|resolution|withinsla)$/i;

function keyLabel(locale: Locale, key: string): string {
  for (const candidate of [`tabs.metric.${key}`, `metrics.${key}`, `metrics.report.col.${key}`, `metrics.bucket.${key}`, `tabs.channel.${key}`, `tabs.type.${key}`, `tabs.sla.${key}`]) {
    if (hasMessage(candidate)) return t(locale, candidate);
  }
  return key;
}

/**
 * @example
 * metricRows({ rate: 0.5, byTier: { N1: 3 } }, 'en');
 * // [{ path: 'rate', text: '50 %', share: 0.5, … }, { path: 'byTier.N1', text: '3', share: null, … }]
 */
export function metricRows(value: unknown, locale: Locale, path = '', depth = 0): MetricRow[] {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-CO', { maximumFractionDigits: 1 });
  const last = path.split('.').pop() ?? '';
  const label = path === '' ? '' : path.split('.').map((k) => keyLabel(locale, k)).join(' · ');
  const ratio = RatioSchema.safeParse(value);
  if (ratio.success) {
    const { numerator, denominator, value: share } = ratio.data;
    const text = share === null ? '—' : `${format.format(share * 100)} % (${numerator}/${denominator})`;
    return [{ path, label, value: share ?? 0, text, share: share === null ? 0 : Math.max(0, Math.min(1, share)) }];
  }
  if (value === null && /Ms$|average$/.test(last)) return [{ path, label, value: 0, text: '—', share: null }];
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (/Ms$/.test(last)) return [{ path, label, value, text: formatBusinessDuration(value, locale), share: null }];
    if (PCT_KEY.test(last)) return [{ path, label, value, text: `${format.format(value)} %`, share: Math.max(0, Math.min(1, value / 100)) }];
    if (SHARE_KEY.test(last) && value >= 0 && value <= 1) return [{ path, label, value, text: `${format.format(value * 100)} %`, share: value }];
    return [{ path, label, value, text: format.format(value), share: null }];
  }
  if (depth >= 3 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => metricRows(inner, locale, path === '' ? key : `${path}.${key}`, depth + 1));
}

/** The label of a top-level metric key (`metrics.<key>` from the catalogue, or the key). */
export function metricTitle(locale: Locale, key: string): string {
  return keyLabel(locale, key);
}
