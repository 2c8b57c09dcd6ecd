/**
 * SLA policies (first match wins): id, name, calendar, what they match (types, channels,
 * priorities; none = any), the statuses that pause the clocks, and the goals table (metric ×
 * P1–P5, business minutes, each with its hours under it).
 */
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { businessHours } from '../../../shared/settings/converters';
import { newPolicy } from '../../../shared/settings/factories';
import { CHANNELS, METRICS, PQRS_KINDS, PRIORITIES, SETTINGS_STATUSES } from '../../../shared/settings/options';
import type { SlaPolicySettings } from '../../../../src/core/index';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { Card, CheckGroup, NumberInput, SelectInput, TextInput } from './form-kit';

export function PoliciesSection({ draft, update }: SectionProps) {
  const { tr, locale } = useI18n();
  const policies = draft.settings.slaPolicies;
  const edit = (i: number, fn: (p: SlaPolicySettings) => void) => update((d) => { const p = d.settings.slaPolicies[i]; if (p) fn(p); });
  const calendars = draft.settings.calendars.map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <p className="fx-subtle">{tr('tabs.settings.goalsHint')}</p>
      {policies.map((policy, i) => {
        const base = `slaPolicies.${i}`;
        const options = calendars.some((c) => c.value === policy.calendarId) ? calendars : [...calendars, { value: policy.calendarId, label: policy.calendarId }];
        return (
          <Card key={i} title={policy.name} data-policy={policy.id}>
            <div className="fx-row">
              <TextInput path={`${base}.id`} label={tr('tabs.settings.id')} value={policy.id} onChange={(v) => edit(i, (p) => { p.id = v; })} />
              <TextInput path={`${base}.name`} label={tr('tabs.settings.name')} value={policy.name} onChange={(v) => edit(i, (p) => { p.name = v; })} />
              <SelectInput path={`${base}.calendarId`} label={tr('tabs.settings.calendar')} value={policy.calendarId} options={options}
                onChange={(v) => edit(i, (p) => { p.calendarId = v; })} />
            </div>
            <CheckGroup path={`${base}.match.types`} label={tr('tabs.settings.matchTypes')} hint={tr('settingsForms.noneIsAny')} options={PQRS_KINDS}
              value={policy.match.types ?? []} labelOf={(v) => labelOf(locale, 'type', v)}
              onChange={(v) => edit(i, (p) => { if (v.length === 0) delete p.match.types; else p.match.types = v; })} />
            <CheckGroup path={`${base}.match.channels`} label={tr('tabs.settings.matchChannels')} options={CHANNELS}
              value={policy.match.channels ?? []} labelOf={(v) => labelOf(locale, 'channel', v)}
              onChange={(v) => edit(i, (p) => { if (v.length === 0) delete p.match.channels; else p.match.channels = v; })} />
            <CheckGroup path={`${base}.match.priorities`} label={tr('tabs.settings.matchPriorities')} options={PRIORITIES}
              value={policy.match.priorities ?? []} labelOf={(v) => v}
              onChange={(v) => edit(i, (p) => { if (v.length === 0) delete p.match.priorities; else p.match.priorities = v; })} />
            <CheckGroup path={`${base}.pauseStatuses`} label={tr('tabs.settings.pauseStatuses')} options={SETTINGS_STATUSES}
              value={policy.pauseStatuses} labelOf={(v) => labelOf(locale, 'status', v)}
              onChange={(v) => edit(i, (p) => { p.pauseStatuses = v; })} />
            <table className="fx-table" aria-label={tr('tabs.settings.goalsOf', { name: policy.name })}>
              <thead><tr><th scope="col">{tr('tabs.settings.goalsUnit')}</th>{PRIORITIES.map((p) => <th key={p} scope="col">{p}</th>)}</tr></thead>
              <tbody>
                {METRICS.map((metric) => (
                  <tr key={metric}>
                    <th scope="row">{labelOf(locale, 'sla', metric)}</th>
                    {PRIORITIES.map((p) => {
                      const minutes = policy.goals[metric][p];
                      return (
                        <td key={p}>
                          <NumberInput hideLabel path={`${base}.goals.${metric}.${p}`}
                            label={tr('tabs.settings.goalLabel', { metric: labelOf(locale, 'sla', metric), priority: p })}
                            hint={businessHours(minutes, tr)} value={minutes}
                            onChange={(v) => edit(i, (x) => { x.goals[metric][p] = v ?? 0; })} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="fx-row" style={{ marginTop: 8 }}>
              <Button disabled={i === 0} onClick={() => update((d) => { const [p] = d.settings.slaPolicies.splice(i, 1); if (p) d.settings.slaPolicies.splice(i - 1, 0, p); })}>
                {tr('tabs.settings.moveUp')}
              </Button>
              <Button disabled={policies.length < 2} onClick={() => update((d) => { d.settings.slaPolicies.splice(i, 1); })}>
                {tr('tabs.settings.removePolicy', { name: policy.name })}
              </Button>
            </div>
          </Card>
        );
      })}
      <Button onClick={() => update((d) => { const p = newPolicy(d.settings); if (p) d.settings.slaPolicies.push(p); })}>{tr('tabs.settings.addPolicy')}</Button>
    </>
  );
}
