/**
 * Single-select custom fields as PQRS type / impact / urgency (ADR 0089). On an issue the field
 * reads `{ value, id }` (or null); in a changelog item its `fieldId` is the custom field id and
 * `toString` the new option value. A select value that is set and mapped wins over labels, which
 * win over the default type / the Jira priority. Pure: the trigger applies the decision.
 */
import { z } from 'zod';
import type { Level, PqrsKind } from '../../core/index';
import type { JiraMapping, SelectFieldMapping } from '../settings/mapping';
import type { LabelDecision } from './label-changes';

const selectValue = z.object({ value: z.string() }).loose();

/**
 * The option value of single-select field `fieldId` in an issue's `fields`, or null (unset,
 * absent or another shape).
 *
 * @example
 * selectOption({ customfield_10050: { value: 'Queja', id: '10100' } }, 'customfield_10050'); // 'Queja'
 */
export function selectOption(fields: Readonly<Record<string, unknown>>, fieldId: string): string | null {
  return selectValue.safeParse(fields[fieldId]).data?.value ?? null;
}

/**
 * What option `option` of a configured field means, or null (no field, unset or unmapped option).
 *
 * @example
 * fromSelect({ fieldId: 'customfield_10050', values: { Queja: 'queja' } }, 'Queja'); // 'queja'
 */
export function fromSelect<V extends string>(field: SelectFieldMapping<V> | null | undefined, option: string | null | undefined): V | null {
  if (!field || option === null || option === undefined) return null;
  return Object.hasOwn(field.values, option) ? field.values[option] ?? null : null;
}

/**
 * The option of `field` that maps to `value` (the first in table order), or null.
 *
 * @example
 * optionFor({ fieldId: 'customfield_10050', values: { Queja: 'queja' } }, 'queja'); // 'Queja'
 */
export function optionFor(field: SelectFieldMapping | null | undefined, value: string): string | null {
  if (!field) return null;
  return Object.entries(field.values).find(([, v]) => v === value)?.[0] ?? null;
}

/** Whether `fieldId` is one of the mapping's select fields. */
export function isSelectField(mapping: Pick<JiraMapping, 'typeField' | 'impactField' | 'urgencyField'>, fieldId: string): boolean {
  return [mapping.typeField, mapping.impactField, mapping.urgencyField].some((f) => f?.fieldId === fieldId);
}

/**
 * The decision for a change of select field `fieldId` to option `to` on a ticket in state
 * `current` (the same shape as a label change's). A mapped type other than the current one
 * reclassifies; a mapped impact/urgency option sets that level (the other kept). A cleared or
 * unmapped option changes nothing.
 *
 * @example
 * selectDecision(mapping, { type: 'peticion', impact: 'media', urgency: 'media' }, 'customfield_10050', 'Queja');
 * // { type: 'queja', levels: null }
 */
export function selectDecision(
  mapping: Pick<JiraMapping, 'typeField' | 'impactField' | 'urgencyField'>,
  current: { type: PqrsKind; impact: Level; urgency: Level },
  fieldId: string,
  to: string | null | undefined,
): LabelDecision {
  const on = <V extends string>(f: SelectFieldMapping<V> | null | undefined) => (f?.fieldId === fieldId ? fromSelect(f, to) : null);
  const kind = on(mapping.typeField);
  const impact = on(mapping.impactField);
  const urgency = on(mapping.urgencyField);
  return {
    type: kind !== null && kind !== current.type ? kind : null,
    levels: impact === null && urgency === null ? null : { impact: impact ?? current.impact, urgency: urgency ?? current.urgency },
  };
}
