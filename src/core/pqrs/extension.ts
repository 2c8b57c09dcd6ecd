import type { BusinessCalendar } from '../calendar/index';
import { legalTermDays, maxExtensionDays } from './legal-terms';
import { legalDeadlineWithSuspensions, type LegalSuspension, type SuspensionMode } from './suspension';
import type { PqrsKind } from './types';

/**
 * Shortest written reason accepted for an extension (the law requires stated reasons).
 *
 * @example
 * reason.trim().length >= MIN_EXTENSION_REASON_LENGTH; // else 'reasonTooShort'
 */
export const MIN_EXTENSION_REASON_LENGTH = 20;

/** Stable codes of a refused extension; the message key is `pqrs.extension.<code>`. */
export type ExtensionErrorCode =
  | 'noLegalTerm' | 'alreadyExtended' | 'termExpired' | 'requesterSuspended'
  | 'reasonRequired' | 'reasonTooShort' | 'daysOutOfRange';

/** What {@link requestExtension} decides on: the request, the extension asked for and its history. */
export interface ExtensionRequest {
  type: PqrsKind;
  receivedAt: Date;
  /** When the extension is communicated; must be before the due instant. */
  requestedAt: Date;
  days: number;
  reason: string;
  /** Extensions already granted for this request (the law allows one). */
  previousExtensions: number;
  suspensions?: readonly LegalSuspension[];
  suspensionMode?: SuspensionMode;
}

/** The new due date of a granted extension, or why it was refused (stable code + i18n key). */
export type ExtensionResult =
  | { ok: true; extensionDays: number; dueDate: string; dueAt: Date; previousDueDate: string }
  | { ok: false; code: ExtensionErrorCode; messageKey: `pqrs.extension.${ExtensionErrorCode}`; params: Record<string, string | number> };

function refuse(code: ExtensionErrorCode, params: Record<string, string | number> = {}): ExtensionResult {
  return { ok: false, code, messageKey: `pqrs.extension.${code}`, params };
}

/**
 * Checks and applies the single extension (prórroga) of a legal term: once only, communicated
 * before the due instant, with a written reason of at least {@link MIN_EXTENSION_REASON_LENGTH}
 * characters, for 1 … {@link maxExtensionDays} business days (Ley 1755 par. art. 14: at most the
 * original term; Ley 1581: +5 consulta, +8 reclamo). Refusals are values with a stable code.
 *
 * @example
 * requestExtension(bogota, { type: 'peticion', receivedAt, requestedAt, days: 15,
 *   reason: 'Se requiere concepto de la oficina jurídica', previousExtensions: 0 });
 * // { ok: true, extensionDays: 15, dueDate: '2026-08-27', ... }
 */
export function requestExtension(cal: BusinessCalendar, req: ExtensionRequest): ExtensionResult {
  const term = legalTermDays(req.type);
  if (term === null) return refuse('noLegalTerm', { type: req.type });
  if (req.previousExtensions > 0) return refuse('alreadyExtended');
  const reason = req.reason.trim();
  if (reason.length === 0) return refuse('reasonRequired');
  if (reason.length < MIN_EXTENSION_REASON_LENGTH) return refuse('reasonTooShort', { min: MIN_EXTENSION_REASON_LENGTH });
  const max = maxExtensionDays(req.type);
  if (!Number.isInteger(req.days) || req.days < 1 || req.days > max) return refuse('daysOutOfRange', { min: 1, max });
  const opts = { mode: req.suspensionMode ?? 'resume' };
  const current = legalDeadlineWithSuspensions(cal, req.receivedAt, req.type, req.suspensions ?? [], opts);
  if (current === null) return refuse('noLegalTerm', { type: req.type });
  if (current.state === 'suspended') return refuse('requesterSuspended');
  if (req.requestedAt.getTime() >= current.dueAt.getTime()) return refuse('termExpired', { dueDate: current.dueDate });
  const next = legalDeadlineWithSuspensions(cal, req.receivedAt, req.type, req.suspensions ?? [], { ...opts, extensionDays: req.days });
  if (next === null || next.state !== 'running') return refuse('noLegalTerm', { type: req.type });
  return { ok: true, extensionDays: req.days, dueDate: next.dueDate, dueAt: next.dueAt, previousDueDate: current.dueDate };
}
