/** Agents: id (the Jira account id), name, e-mail, tiers, skills (types, categories, languages), cap, away, calendar. */
import type { AgentSettings } from '../../../../src/core/index';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { newAgent } from '../../../shared/settings/factories';
import { LANGUAGES, PQRS_KINDS, TIERS } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { Card, CheckGroup, ListInput, NumberInput, SelectInput, TextInput } from './form-kit';

export function AgentsSection({ draft, update }: SectionProps) {
  const { tr, locale } = useI18n();
  const edit = (i: number, fn: (a: AgentSettings) => void) => update((d) => { const a = d.settings.agents[i]; if (a) fn(a); });
  const calendars = [{ value: '', label: tr('tabs.settings.noCalendar') }, ...draft.settings.calendars.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <>
      {draft.settings.agents.length === 0 && <p className="fx-subtle">{tr('settingsForms.noAgents')}</p>}
      {draft.settings.agents.map((agent, i) => {
        const base = `agents.${i}`;
        return (
          <Card key={i} title={agent.name || agent.id} data-agent={agent.id}>
            <div className="fx-row">
              <TextInput path={`${base}.id`} label={tr('tabs.settings.id')} hint={tr('settingsForms.accountIdsHint')} value={agent.id} onChange={(v) => edit(i, (a) => { a.id = v; })} />
              <TextInput path={`${base}.name`} label={tr('tabs.settings.name')} value={agent.name} onChange={(v) => edit(i, (a) => { a.name = v; })} />
              <TextInput path={`${base}.email`} label={tr('tabs.field.email')} value={agent.email} onChange={(v) => edit(i, (a) => { a.email = v; })} />
              <NumberInput path={`${base}.cap`} label={tr('tabs.settings.cap')} hint={tr('tabs.settings.capHint')} allowEmpty value={agent.cap} onChange={(v) => edit(i, (a) => { a.cap = v; })} />
              <SelectInput path={`${base}.calendarId`} label={tr('tabs.settings.calendar')} value={agent.calendarId ?? ''} options={calendars}
                onChange={(v) => edit(i, (a) => { a.calendarId = v === '' ? null : v; })} />
            </div>
            <div className="fx-row">
              <CheckGroup path={`${base}.tiers`} label={tr('tabs.settings.agentTiers')} options={TIERS} value={agent.tiers} labelOf={(t) => t}
                onChange={(v) => edit(i, (a) => { a.tiers = v; })} />
              <CheckGroup path={`${base}.skills.languages`} label={tr('tabs.settings.languages')} options={LANGUAGES} value={agent.skills.languages}
                labelOf={(l) => tr(`tabs.settings.language.${l}`)} onChange={(v) => edit(i, (a) => { a.skills.languages = v; })} />
              <label className="fx-check fx-field"><input type="checkbox" checked={agent.away} onChange={(e) => edit(i, (a) => { a.away = e.target.checked; })} />{tr('tabs.settings.away')}</label>
            </div>
            <CheckGroup path={`${base}.skills.types`} label={tr('tabs.settings.skillTypes')} options={PQRS_KINDS} value={agent.skills.types}
              labelOf={(v) => labelOf(locale, 'type', v)} onChange={(v) => edit(i, (a) => { a.skills.types = v; })} />
            <ListInput path={`${base}.skills.categories`} label={tr('tabs.settings.skillCategories')} hint={tr('tabs.settings.commaHint')} value={agent.skills.categories}
              onChange={(v) => edit(i, (a) => { a.skills.categories = v; })} />
            <Button onClick={() => update((d) => { d.settings.agents.splice(i, 1); })}>{tr('tabs.settings.removeAgent', { name: agent.name || agent.id })}</Button>
          </Card>
        );
      })}
      <Button onClick={() => update((d) => { d.settings.agents.push(newAgent(d.settings)); })}>{tr('tabs.settings.addAgent')}</Button>
    </>
  );
}
