/** Display text for domain values, from the i18n catalogue (no rule here, only translation). */
import { t, type Locale } from '../../core/index';
import type { TicketView } from '../service/types';

export const kindLabel = (locale: Locale, kind: string): string => t(locale, `tickets.type.${kind}`);
export const statusLabel = (locale: Locale, status: string): string => t(locale, `tickets.status.${status}`);
export const levelLabel = (locale: Locale, level: string): string => t(locale, `tickets.level.${level}`);
export const priorityLabel = (locale: Locale, priority: string): string => t(locale, `bot.priority.${priority}`);

/**
 * An instant as Adaptive Card date/time functions, so Teams shows it in the reader's own zone and
 * language (the functions need RFC 3339 without milliseconds).
 *
 * @example
 * cardInstant('2026-03-02T15:00:00.000Z'); // '{{DATE(2026-03-02T15:00:00Z, SHORT)}} {{TIME(2026-03-02T15:00:00Z)}}'
 */
export function cardInstant(iso: string): string {
  const rfc = iso.replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${rfc}, SHORT)}} {{TIME(${rfc})}}`;
}

/** The earliest due instant among the running SLA clocks, or null. */
export function nextSlaDue(view: TicketView): string | null {
  const due = view.sla
    .filter((c) => c.state === 'running' || c.state === 'breached')
    .map((c) => c.dueAt)
    .filter((d): d is string => d !== null)
    .sort();
  return due[0] ?? null;
}

/** The ticket facts every ticket card shows, in order. */
export function ticketFacts(locale: Locale, view: TicketView): [string, string][] {
  const due = nextSlaDue(view);
  const pairs: [string, string][] = [
    [t(locale, 'bot.field.number'), view.number],
    [t(locale, 'bot.field.type'), kindLabel(locale, view.type)],
    [t(locale, 'bot.field.subject'), view.subject],
    [t(locale, 'bot.field.status'), statusLabel(locale, view.status)],
    [t(locale, 'bot.field.priority'), priorityLabel(locale, view.priority)],
    [t(locale, 'bot.field.tier'), view.tier],
    [t(locale, 'bot.field.legalDue'), view.legal ? view.legal.dueDate : t(locale, 'bot.field.noLegalTerm')],
  ];
  if (due) pairs.push([t(locale, 'bot.field.slaDue'), cardInstant(due)]);
  if (view.sla.some((c) => c.state === 'breached')) pairs.push([t(locale, 'bot.field.breached'), '⚠']);
  return pairs;
}
