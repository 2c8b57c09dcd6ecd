/** Routing strategy, first tier, legal terms (calendar, suspension mode, alerts) and the admins. */
import { Select, makeStyles, tokens } from '@fluentui/react-components';
import { ROUTING_STRATEGIES, type Settings } from '../../../src/core/index';
import { TIERS } from '../../shared/settings/options';
import { useI18n } from '../../shared/i18n/i18n-context';
import { ListField, PathField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export function GeneralEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const percents = draft.legal.alertPercents.map(String);
  return (
    <div className={styles.row}>
      <PathField path="routing.strategy" label={tr('tabs.settings.routing')}>
        <Select value={draft.routing.strategy}
          onChange={(_, d) => update((s) => { s.routing.strategy = ROUTING_STRATEGIES.find((r) => r === d.value) ?? s.routing.strategy; })}>
          {ROUTING_STRATEGIES.map((r) => <option key={r} value={r}>{tr(`tabs.routing.${r}`)}</option>)}
        </Select>
      </PathField>
      <PathField path="initialTier" label={tr('tabs.settings.initialTier')}>
        <Select value={draft.initialTier} onChange={(_, d) => update((s) => { s.initialTier = TIERS.find((t) => t === d.value) ?? s.initialTier; })}>
          {TIERS.map((t) => <option key={t} value={t}>{draft.tiers[t].name}</option>)}
        </Select>
      </PathField>
      <PathField path="legal.calendarId" label={tr('tabs.settings.legalCalendar')}>
        <Select value={draft.legal.calendarId} onChange={(_, d) => update((s) => { s.legal.calendarId = d.value; })}>
          {draft.calendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </Select>
      </PathField>
      <PathField path="legal.suspensionMode" label={tr('tabs.settings.suspensionMode')}>
        <Select value={draft.legal.suspensionMode}
          onChange={(_, d) => update((s) => { s.legal.suspensionMode = d.value === 'restart' ? 'restart' : 'resume'; })}>
          <option value="resume">{tr('tabs.settings.suspension.resume')}</option>
          <option value="restart">{tr('tabs.settings.suspension.restart')}</option>
        </Select>
      </PathField>
      <ListField path="legal.alertPercents" label={tr('tabs.settings.alertPercents')} hint={tr('tabs.settings.commaHint')} value={percents}
        onChange={(v) => update((s) => { s.legal.alertPercents = v.map(Number).filter((n) => Number.isFinite(n)); })} />
      <ListField path="admins" label={tr('tabs.settings.admins')} hint={tr('tabs.settings.commaHint')} value={draft.admins}
        onChange={(v) => update((s) => { s.admins = v; })} />
    </div>
  );
}
