/**
 * How a Jira issue becomes a ticket: label prefixes for type / impact / urgency, the default type,
 * select custom fields for them (select-field-mapping.tsx), Jira priority → impact and urgency,
 * ticket priority → Jira priority, Jira status → ticket status.
 */
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { LEVELS, PQRS_KINDS, PRIORITIES, SETTINGS_STATUSES, pick } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import { rowKeyPath, type SectionProps } from './admin-draft';
import { SelectInput, TextInput } from './form-kit';
import { SelectFieldsMapping } from './select-field-mapping';

export function MappingSection({ draft, update }: SectionProps) {
  const { tr, locale } = useI18n();
  const jira = draft.jira;
  const levels = LEVELS.map((v) => ({ value: v, label: labelOf(locale, 'level', v) }));
  const statuses = SETTINGS_STATUSES.map((v) => ({ value: v, label: labelOf(locale, 'status', v) }));
  const text = (key: 'typeLabelPrefix' | 'impactLabelPrefix' | 'urgencyLabelPrefix', label: string) => (
    <TextInput path={`jira.${key}`} label={label} value={jira[key]} onChange={(v) => update((d) => { d.jira[key] = v; })} />
  );
  return (
    <>
      <div className="fx-row">
        {text('typeLabelPrefix', tr('settingsForms.typePrefix'))}
        <SelectInput path="jira.defaultType" label={tr('settingsForms.defaultType')} value={jira.defaultType}
          options={PQRS_KINDS.map((v) => ({ value: v, label: labelOf(locale, 'type', v) }))}
          onChange={(v) => update((d) => { d.jira.defaultType = pick(PQRS_KINDS, v, d.jira.defaultType); })} />
        {text('impactLabelPrefix', tr('settingsForms.impactPrefix'))}
        {text('urgencyLabelPrefix', tr('settingsForms.urgencyPrefix'))}
      </div>
      <p className="fx-subtlest">{tr('settingsForms.prefixHint', { type: `${jira.typeLabelPrefix}queja`, impact: `${jira.impactLabelPrefix}alta` })}</p>

      <SelectFieldsMapping draft={draft} update={update} />

      <h3 id="jira-priorities">{tr('settingsForms.jiraPriorities')}</h3>
      <table className="fx-table" aria-labelledby="jira-priorities">
        <thead><tr><th scope="col">{tr('settingsForms.jiraPriority')}</th><th scope="col">{tr('forgeUi.admin.whatIfImpact')}</th><th scope="col">{tr('forgeUi.admin.whatIfUrgency')}</th><th /></tr></thead>
        <tbody>
          {jira.priorities.map((row, i) => (
            <tr key={i} data-jira-priority={row.key}>
              <td><TextInput hideLabel path={rowKeyPath('priorities', i)} label={tr('settingsForms.jiraPriorityN', { n: i + 1 })} value={row.key}
                onChange={(v) => update((d) => { const r = d.jira.priorities[i]; if (r) r.key = v; })} /></td>
              <td><SelectInput hideLabel path={`jira.priorities.${row.key}.impact`} label={tr('settingsForms.impactOf', { name: row.key })} value={row.value.impact} options={levels}
                onChange={(v) => update((d) => { const r = d.jira.priorities[i]; if (r) r.value.impact = pick(LEVELS, v, r.value.impact); })} /></td>
              <td><SelectInput hideLabel path={`jira.priorities.${row.key}.urgency`} label={tr('settingsForms.urgencyOf', { name: row.key })} value={row.value.urgency} options={levels}
                onChange={(v) => update((d) => { const r = d.jira.priorities[i]; if (r) r.value.urgency = pick(LEVELS, v, r.value.urgency); })} /></td>
              <td><Button aria-label={tr('settingsForms.removeRow', { name: row.key })} onClick={() => update((d) => { d.jira.priorities.splice(i, 1); })}>{tr('tabs.settings.remove')}</Button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="subtle" onClick={() => update((d) => { d.jira.priorities.push({ key: '', value: { impact: 'media', urgency: 'media' } }); })}>{tr('settingsForms.addJiraPriority')}</Button>

      <h3>{tr('settingsForms.jiraPriorityOf')}</h3>
      <datalist id="jira-priority-names">{jira.priorities.map((r) => <option key={r.key} value={r.key} />)}</datalist>
      <div className="fx-row">
        {PRIORITIES.map((p) => (
          <TextInput key={p} path={`jira.jiraPriorityOf.${p}`} label={tr('settingsForms.jiraPriorityFor', { priority: p })} list="jira-priority-names"
            value={jira.jiraPriorityOf[p] ?? ''} onChange={(v) => update((d) => { d.jira.jiraPriorityOf[p] = v; })} />
        ))}
      </div>

      <h3 id="jira-statuses">{tr('settingsForms.jiraStatuses')}</h3>
      <p className="fx-subtlest">{tr('settingsForms.jiraStatusesHint')}</p>
      <table className="fx-table" aria-labelledby="jira-statuses">
        <thead><tr><th scope="col">{tr('settingsForms.jiraStatus')}</th><th scope="col">{tr('settingsForms.ticketStatus')}</th><th /></tr></thead>
        <tbody>
          {jira.statuses.map((row, i) => (
            <tr key={i} data-jira-status={row.key}>
              <td><TextInput hideLabel path={rowKeyPath('statuses', i)} label={tr('settingsForms.jiraStatusN', { n: i + 1 })} value={row.key}
                onChange={(v) => update((d) => { const r = d.jira.statuses[i]; if (r) r.key = v; })} /></td>
              <td><SelectInput hideLabel path={`jira.statuses.${row.key}`} label={tr('settingsForms.statusOf', { name: row.key || String(i + 1) })} value={row.value} options={statuses}
                onChange={(v) => update((d) => { const r = d.jira.statuses[i]; if (r) r.value = pick(SETTINGS_STATUSES, v, r.value); })} /></td>
              <td><Button aria-label={tr('settingsForms.removeRow', { name: row.key })} onClick={() => update((d) => { d.jira.statuses.splice(i, 1); })}>{tr('tabs.settings.remove')}</Button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="subtle" onClick={() => update((d) => { d.jira.statuses.push({ key: '', value: 'inProgress' }); })}>{tr('settingsForms.addJiraStatus')}</Button>
    </>
  );
}
