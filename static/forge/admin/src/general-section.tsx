/**
 * Routing strategy, legal terms (calendar, suspension mode, alert percentages), the ITIL priority
 * matrix (impact × urgency → P1–P5) and the admins list.
 */
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { LEVELS, PRIORITIES, ROUTING_STRATEGIES, SUSPENSION_MODES, pick } from '../../../shared/settings/options';
import type { SectionProps } from './admin-draft';
import { ListInput, SelectInput } from './form-kit';

export function GeneralSection({ draft, update }: SectionProps) {
  const { tr, locale } = useI18n();
  const s = draft.settings;
  return (
    <>
      <div className="fx-row">
        <SelectInput path="routing.strategy" label={tr('tabs.settings.routing')} value={s.routing.strategy}
          options={ROUTING_STRATEGIES.map((r) => ({ value: r, label: tr(`tabs.routing.${r}`) }))}
          onChange={(v) => update((d) => { d.settings.routing.strategy = pick(ROUTING_STRATEGIES, v, d.settings.routing.strategy); })} />
        <SelectInput path="legal.calendarId" label={tr('tabs.settings.legalCalendar')} value={s.legal.calendarId}
          options={[...s.calendars.map((c) => ({ value: c.id, label: c.name })), ...(s.calendars.some((c) => c.id === s.legal.calendarId) ? [] : [{ value: s.legal.calendarId, label: s.legal.calendarId }])]}
          onChange={(v) => update((d) => { d.settings.legal.calendarId = v; })} />
        <SelectInput path="legal.suspensionMode" label={tr('tabs.settings.suspensionMode')} value={s.legal.suspensionMode}
          options={SUSPENSION_MODES.map((m) => ({ value: m, label: tr(`tabs.settings.suspension.${m}`) }))}
          onChange={(v) => update((d) => { d.settings.legal.suspensionMode = pick(SUSPENSION_MODES, v, d.settings.legal.suspensionMode); })} />
        <ListInput path="legal.alertPercents" label={tr('tabs.settings.alertPercents')} hint={tr('tabs.settings.commaHint')} value={s.legal.alertPercents.map(String)}
          onChange={(v) => update((d) => { d.settings.legal.alertPercents = v.map(Number).filter((n) => Number.isFinite(n)); })} />
        <ListInput path="admins" label={tr('tabs.settings.admins')} hint={tr('settingsForms.adminsHint')} value={s.admins}
          onChange={(v) => update((d) => { d.settings.admins = v; })} />
      </div>
      <table className="fx-table" aria-labelledby="priority-matrix" data-testid="priority-matrix">
        <caption id="priority-matrix" className="fx-subtle" style={{ textAlign: 'left' }}>{tr('settingsForms.matrixCaption')}</caption>
        <thead><tr><th scope="col">{tr('settingsForms.impactUrgency')}</th>{LEVELS.map((u) => <th key={u} scope="col">{labelOf(locale, 'level', u)}</th>)}</tr></thead>
        <tbody>
          {LEVELS.map((impact) => (
            <tr key={impact}>
              <th scope="row">{labelOf(locale, 'level', impact)}</th>
              {LEVELS.map((urgency) => (
                <td key={urgency}>
                  <SelectInput hideLabel path={`priorityMatrix.${impact}.${urgency}`} value={s.priorityMatrix[impact][urgency]}
                    label={tr('settingsForms.matrixCell', { impact: labelOf(locale, 'level', impact), urgency: labelOf(locale, 'level', urgency) })}
                    options={PRIORITIES.map((p) => ({ value: p, label: p }))}
                    onChange={(v) => update((d) => { d.settings.priorityMatrix[impact][urgency] = pick(PRIORITIES, v, d.settings.priorityMatrix[impact][urgency]); })} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
