import { addBusinessDays, localDateOf, type BusinessCalendar } from '../calendar/index';
import { t, type Locale } from '../i18n/index';
import { PQRS_TYPES } from '../pqrs/index';
import { factsOf, type TicketFacts } from './facts';
import { toCsv } from './csv';
import type { MetricsInput } from './types';

/**
 * The report's columns (i18n `metrics.report.col.<key>`).
 *
 * @example
 * REPORT_COLUMNS.map((c) => t('es', `metrics.report.col.${c}`));
 */
export const REPORT_COLUMNS = [
  'type', 'received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingOverdue', 'extended',
  'avgBusinessDays', 'compliancePct',
] as const;

/** The semiannual report as data and as CSV text. */
export interface SemiannualReport {
  header: string[];
  rows: (string | number | null)[][];
  csv: string;
}

/** Business days d with receiptDate < d ≤ answerDate (the legal way of counting). */
function businessDaysTo(cal: BusinessCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addBusinessDays(cal, from, 1); d <= to; d = addBusinessDays(cal, d, 1)) n += 1;
  return n;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function reportRow(label: string, facts: readonly TicketFacts[], cal: BusinessCalendar, end: number): (string | number | null)[] {
  const resolved = facts.filter((f) => f.answeredAt !== null);
  const onTime = resolved.filter((f) => f.legalDueAt === null || (f.answeredAt ?? 0) < f.legalDueAt).length;
  const pending = facts.filter((f) => f.answeredAt === null);
  const overdue = pending.filter((f) => f.legalDueAt !== null && end >= f.legalDueAt).length;
  const days = resolved.map((f) => businessDaysTo(cal, localDateOf(cal, new Date(f.ticket.receivedAt)), localDateOf(cal, new Date(f.answeredAt ?? 0))));
  const avg = days.length === 0 ? null : round1(days.reduce((s, x) => s + x, 0) / days.length);
  return [
    label, facts.length, resolved.length, onTime, resolved.length - onTime, pending.length, overdue,
    facts.filter((f) => f.extended).length, avg, resolved.length === 0 ? null : round1((onTime / resolved.length) * 100),
  ];
}

/**
 * The semiannual PQRS report for Internal Control (Ley 1474/2011 art. 76): one row per PQRS
 * type received in the window (the eight types always, habeas data kinds when present) and a
 * total row. Per row: received; resolved (answered before the window end); resolved on time
 * (before the legal due instant; types without term count as on time); resolved late; pending;
 * pending overdue (legal due instant ≤ window end); extended; average business days from
 * receipt to answer (días hábiles, counted from the day after receipt, 1 decimal); term
 * compliance % = on time ÷ resolved × 100 (1 decimal). Headers and labels in `locale` (es default).
 *
 * @example
 * semiannualReport({ ...input, window: { from: '2026-01-01', to: '2026-07-01' } }).csv;
 * // 'Tipo,Recibidas,Resueltas,…\r\nPetición,12,10,9,1,2,0,1,8.4,90\r\n…'
 */
export function semiannualReport(input: MetricsInput, locale: Locale = 'es'): SemiannualReport {
  const { w, facts } = factsOf(input);
  const received = facts.filter((f) => f.received);
  const kinds: string[] = [...PQRS_TYPES];
  for (const f of received) if (!kinds.includes(f.ticket.type)) kinds.push(f.ticket.type);
  const header = REPORT_COLUMNS.map((c) => t(locale, `metrics.report.col.${c}`));
  const rows = kinds.map((k) => reportRow(t(locale, `tickets.type.${k}`), received.filter((f) => f.ticket.type === k), input.calendar, w.end));
  rows.push(reportRow(t(locale, 'metrics.report.total'), received, input.calendar, w.end));
  return { header, rows, csv: toCsv(header, rows) };
}
