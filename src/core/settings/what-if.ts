import { calendarFor, evaluateSla, selectPolicy } from '../sla/index';
import { legalDeadline, type PqrsKind } from '../pqrs/index';
import { priorityOf, type Level, type Priority } from '../priority/index';
import { calendarSpecOf, slaPolicyOf } from './resolve';
import type { Settings } from './schema';

/** A hypothetical new request for the admin preview. */
export interface WhatIfInput {
  type: PqrsKind;
  impact: Level;
  urgency: Level;
  channel: string;
}

/** What a new request would get now: priority, policy, first due instants and a readable path. */
export interface WhatIfResult {
  priority: Priority;
  policyId: string;
  policyName: string;
  /** Null when the new ticket would start paused. */
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  /** The legal term (null for kinds without one, e.g. felicitación). */
  legal: { dueDate: string; dueAt: string } | null;
}

/**
 * The admin preview: what a request filed at `now` would get under `settings` — priority from the
 * matrix, the first matching policy, both SLA due instants and the legal due date.
 * Throws when no policy matches (validated settings always have a catch-all).
 *
 * @example
 * whatIf(colombiaPreset(), { type: 'peticion', impact: 'media', urgency: 'media', channel: 'teams' },
 *   new Date('2026-07-10T10:00:00-05:00'));
 * // { priority: 'P3', policyName: 'PQRS — política general', legal: { dueDate: '2026-08-04', … }, … }
 */
export function whatIf(settings: Settings, input: WhatIfInput, now: Date): WhatIfResult {
  const priority = priorityOf(input.impact, input.urgency, settings.priorityMatrix);
  const chosen = selectPolicy(settings.slaPolicies, { type: input.type, channel: input.channel, priority });
  if (chosen === null) throw new Error('whatIf: no SLA policy matches; add a catch-all policy');
  const policy = slaPolicyOf(settings, chosen.id);
  const at = now.toISOString();
  const [fr, res] = evaluateSla(policy, [{ type: 'created', at, priority, status: 'open' }], now);
  const legal = legalDeadline(calendarFor(calendarSpecOf(settings, settings.legal.calendarId)), now, input.type);
  return {
    priority,
    policyId: chosen.id,
    policyName: chosen.name,
    firstResponseDueAt: fr?.dueAt ?? null,
    resolutionDueAt: res?.dueAt ?? null,
    legal: legal === null ? null : { dueDate: legal.dueDate, dueAt: legal.dueAt.toISOString() },
  };
}
