/**
 * The Jira mapping's single-select custom fields (ADR 0089): for type, impact and urgency, a field
 * id and a table "option value as shown in Jira → PQRS type / level", or nothing. The option rows
 * are edited locally (so a row can be blank or repeat another for a moment) and written to the
 * draft as a record; blank or repeated options are marked and keep the page from saving.
 */
import { useState } from 'react';
import { CUSTOM_FIELD_ID, SELECT_FIELD_KEYS, type SelectFieldKey } from '../../../../src/jira/settings/mapping';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { recordToRows, rowsToRecord, type KeyRow } from '../../../shared/settings/converters';
import { LEVELS, PQRS_KINDS } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import type { AdminDraft, SectionProps } from './admin-draft';
import { SelectInput, TextInput } from './form-kit';

type Values = Record<string, string>;
const sameRecord = (a: Values, b: Values) => JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));
/** The entries whose value is in `list` (the form only offers those). */
const narrow = <T extends string>(values: Values, list: readonly T[]): Record<string, T> =>
  Object.fromEntries(Object.entries(values).flatMap(([k, v]): [string, T][] => {
    const known = list.find((x) => x === v);
    return known === undefined ? [] : [[k, known]];
  }));

/** Writes option table `values` into select field `which` of the draft (values narrowed to the field's kind). */
function setValues(d: AdminDraft, which: SelectFieldKey, values: Values): void {
  if (which === 'typeField') { if (d.jira.typeField) d.jira.typeField.values = narrow(values, PQRS_KINDS); }
  else { const f = d.jira[which]; if (f) f.values = narrow(values, LEVELS); }
}

/** The three select-field mappings, each with its own heading. */
export function SelectFieldsMapping({ draft, update }: SectionProps) {
  const { tr } = useI18n();
  return (
    <>
      <h3>{tr('settingsForms.selectFields')}</h3>
      <p className="fx-subtlest">{tr('settingsForms.selectFieldsHint')}</p>
      {SELECT_FIELD_KEYS.map((which) => <SelectFieldEditor key={which} which={which} draft={draft} update={update} />)}
    </>
  );
}

function SelectFieldEditor({ which, draft, update }: SectionProps & { which: SelectFieldKey }) {
  const { tr, locale } = useI18n();
  const field = draft.jira[which] ?? null;
  const name = tr(`settingsForms.selectField.${which}`);
  if (field === null) {
    return (
      <div className="fx-row" data-select-field={which}>
        <Button appearance="subtle" onClick={() => update((d) => { d.jira[which] = { fieldId: '', values: {} }; })}>
          {tr('settingsForms.useSelectField', { field: name })}
        </Button>
      </div>
    );
  }
  const options = which === 'typeField'
    ? PQRS_KINDS.map((v) => ({ value: v, label: labelOf(locale, 'type', v) }))
    : LEVELS.map((v) => ({ value: v, label: labelOf(locale, 'level', v) }));
  const fallback = options[0]?.value ?? '';
  const badId = field.fieldId !== '' && !CUSTOM_FIELD_ID.test(field.fieldId);
  return (
    <section className="fx-subsection" data-select-field={which} aria-label={name}>
      <h4>{name}</h4>
      <div className="fx-row">
        <TextInput path={`jira.${which}.fieldId`} label={tr('settingsForms.selectFieldId', { field: name })} hint={tr('settingsForms.selectFieldIdHint')}
          localError={badId ? tr('settingsForms.selectFieldIdInvalid') : null} value={field.fieldId}
          onChange={(v) => update((d) => { const f = d.jira[which]; if (f) f.fieldId = v.trim(); })} />
        <Button aria-label={tr('settingsForms.removeSelectField', { field: name })} onClick={() => update((d) => { d.jira[which] = null; })}>
          {tr('tabs.settings.remove')}
        </Button>
      </div>
      <OptionTable which={which} name={name} values={field.values} options={options} fallback={fallback}
        onChange={(values) => update((d) => setValues(d, which, values))} />
    </section>
  );
}

function OptionTable({ which, name, values, options, fallback, onChange }: {
  which: SelectFieldKey; name: string; values: Values; options: { value: string; label: string }[]; fallback: string;
  onChange: (values: Values) => void;
}) {
  const { tr } = useI18n();
  const [rows, setRows] = useState<KeyRow<string>[]>(() => recordToRows(values));
  const current = rowsToRecord(rows);
  // The draft was replaced from outside (a reload): show its table.
  const shown = sameRecord(current.record, values) ? rows : recordToRows(values);
  const checked = shown === rows ? current : rowsToRecord(shown);
  const edit = (next: KeyRow<string>[]) => {
    setRows(next);
    onChange(rowsToRecord(next).record);
  };
  const headingId = `select-field-${which}`;
  return (
    <>
      <table className="fx-table" aria-labelledby={headingId}>
        <caption id={headingId} className="fx-sr-only">{name}</caption>
        <thead><tr><th scope="col">{tr('settingsForms.selectOption')}</th><th scope="col">{tr('settingsForms.selectValue')}</th><th /></tr></thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i} data-select-option={row.key}>
              <td><TextInput hideLabel path={`jira.${which}.rows.${i}.key`} label={tr('settingsForms.selectOptionN', { field: name, n: i + 1 })} value={row.key}
                localError={checked.blank.includes(i) ? tr('settingsForms.blankName') : checked.duplicate.includes(i) ? tr('settingsForms.duplicateName') : null}
                onChange={(v) => edit(shown.map((r, j) => (j === i ? { ...r, key: v } : r)))} /></td>
              <td><SelectInput hideLabel path={`jira.${which}.values.${row.key}`} label={tr('settingsForms.selectValueOf', { field: name, name: row.key || String(i + 1) })}
                value={row.value} options={options}
                onChange={(v) => edit(shown.map((r, j) => (j === i ? { ...r, value: options.some((o) => o.value === v) ? v : fallback } : r)))} /></td>
              <td><Button aria-label={tr('settingsForms.removeRow', { name: row.key })} onClick={() => edit(shown.filter((_, j) => j !== i))}>{tr('tabs.settings.remove')}</Button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="fx-subtlest">{tr('settingsForms.noSelectOptions')}</p>}
      <Button appearance="subtle" onClick={() => edit([...shown, { key: '', value: fallback }])}>{tr('settingsForms.addSelectOption', { field: name })}</Button>
    </>
  );
}
