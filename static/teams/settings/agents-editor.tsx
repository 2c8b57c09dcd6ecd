/** Agents: name, e-mail, tiers, skills (types, categories, languages), cap, away, calendar. */
import { Button, Checkbox, Field, Select, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { AgentSettings, Settings } from '../../../src/core/index';
import { newAgent } from '../../shared/settings/factories';
import { LANGUAGES, PQRS_KINDS, TIERS } from '../../shared/settings/options';
import { labelOf } from '../../shared/i18n/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { ListField, MultiPick, NumberField, PathField, TextField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export function AgentsEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const edit = (i: number, fn: (a: AgentSettings) => void) => update((d) => { const a = d.agents[i]; if (a) fn(a); });
  return (
    <>
      {draft.agents.map((agent, i) => (
        <section key={i} className={styles.card} aria-label={agent.name || agent.id} data-agent={agent.id}>
          <Subtitle2 as="h4">{agent.name || agent.id}</Subtitle2>
          <div className={styles.row}>
            <TextField path={`agents[${i}].id`} label={tr('tabs.settings.id')} value={agent.id} onChange={(v) => edit(i, (a) => { a.id = v; })} />
            <TextField path={`agents[${i}].name`} label={tr('tabs.settings.name')} value={agent.name} onChange={(v) => edit(i, (a) => { a.name = v; })} />
            <TextField path={`agents[${i}].email`} type="email" label={tr('tabs.field.email')} value={agent.email}
              onChange={(v) => edit(i, (a) => { a.email = v; })} />
            <NumberField path={`agents[${i}].cap`} label={tr('tabs.settings.cap')} hint={tr('tabs.settings.capHint')} allowEmpty
              value={agent.cap} onChange={(v) => edit(i, (a) => { a.cap = v; })} />
            <PathField path={`agents[${i}].calendarId`} label={tr('tabs.settings.calendar')}>
              <Select value={agent.calendarId ?? ''} onChange={(_, d) => edit(i, (a) => { a.calendarId = d.value === '' ? null : d.value; })}>
                <option value="">{tr('tabs.settings.noCalendar')}</option>
                {draft.calendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </Select>
            </PathField>
          </div>
          <div className={styles.row}>
            <PathField path={`agents[${i}].tiers`} label={tr('tabs.settings.agentTiers')}>
              <div role="group" aria-label={tr('tabs.settings.agentTiers')} className={styles.row}>
                {TIERS.map((t) => (
                  <Checkbox key={t} label={t} checked={agent.tiers.includes(t)}
                    onChange={(_, d) => edit(i, (a) => { a.tiers = TIERS.filter((x) => (x === t ? d.checked === true : a.tiers.includes(x))); })} />
                ))}
              </div>
            </PathField>
            <Field label={tr('tabs.settings.languages')}>
              <div role="group" aria-label={tr('tabs.settings.languages')} className={styles.row}>
                {LANGUAGES.map((l) => (
                  <Checkbox key={l} label={tr(`tabs.settings.language.${l}`)} checked={agent.skills.languages.includes(l)}
                    onChange={(_, d) => edit(i, (a) => {
                      a.skills.languages = LANGUAGES.filter((x) => (x === l ? d.checked === true : a.skills.languages.includes(x)));
                    })} />
                ))}
              </div>
            </Field>
            <Switch label={tr('tabs.settings.away')} checked={agent.away} onChange={(_, d) => edit(i, (a) => { a.away = d.checked; })} />
          </div>
          <div className={styles.row}>
            <MultiPick path={`agents[${i}].skills.types`} label={tr('tabs.settings.skillTypes')} options={PQRS_KINDS}
              value={agent.skills.types} labelOf={(v) => labelOf(locale, 'type', v)}
              onChange={(v) => edit(i, (a) => { a.skills.types = PQRS_KINDS.filter((k) => v.includes(k)); })} />
            <ListField path={`agents[${i}].skills.categories`} label={tr('tabs.settings.skillCategories')} hint={tr('tabs.settings.commaHint')}
              value={agent.skills.categories} onChange={(v) => edit(i, (a) => { a.skills.categories = v; })} />
          </div>
          <div>
            <Button onClick={() => update((d) => { d.agents.splice(i, 1); })}>{tr('tabs.settings.removeAgent', { name: agent.name || agent.id })}</Button>
          </div>
        </section>
      ))}
      <div><Button onClick={() => update((d) => { d.agents.push(newAgent(d)); })}>{tr('tabs.settings.addAgent')}</Button></div>
    </>
  );
}
