/**
 * SLA policies (first match wins): name, what they match (types, channels, priorities; empty =
 * any), the calendar, the goals table (metric × P1–P5, business minutes) and the pause statuses.
 */
import { Button, Caption1, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { SETTINGS_STATUSES, type Settings, type SlaPolicySettings } from '../../../src/core/index';
import { businessHours } from '../../shared/settings/converters';
import { newPolicy } from '../../shared/settings/factories';
import { CHANNELS, METRICS, PQRS_KINDS, PRIORITIES } from '../../shared/settings/options';
import { labelOf } from '../../shared/i18n/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { MultiPick, NumberField, PathField, TextField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  goal: { minWidth: '7rem' },
});

export { businessHours };

export function PoliciesEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const edit = (i: number, fn: (p: SlaPolicySettings) => void) => update((d) => { const p = d.slaPolicies[i]; if (p) fn(p); });
  const setMatch = (i: number, key: 'types' | 'channels' | 'priorities', v: string[]) =>
    edit(i, (p) => {
      if (v.length === 0) delete p.match[key];
      else if (key === 'priorities') p.match.priorities = PRIORITIES.filter((x) => v.includes(x));
      else p.match[key] = v;
    });
  return (
    <>
      {draft.slaPolicies.map((policy, i) => (
        <section key={i} className={styles.card} aria-label={policy.name} data-policy={policy.id}>
          <Subtitle2 as="h4">{policy.name}</Subtitle2>
          <div className={styles.row}>
            <TextField path={`slaPolicies[${i}].id`} label={tr('tabs.settings.id')} value={policy.id} onChange={(v) => edit(i, (p) => { p.id = v; })} />
            <TextField path={`slaPolicies[${i}].name`} label={tr('tabs.settings.name')} value={policy.name} onChange={(v) => edit(i, (p) => { p.name = v; })} />
            <PathField path={`slaPolicies[${i}].calendarId`} label={tr('tabs.settings.calendar')}>
              <Select value={policy.calendarId} onChange={(_, d) => edit(i, (p) => { p.calendarId = d.value; })}>
                {draft.calendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                {!draft.calendars.some((c) => c.id === policy.calendarId) && <option value={policy.calendarId}>{policy.calendarId}</option>}
              </Select>
            </PathField>
          </div>
          <div className={styles.row}>
            <MultiPick path={`slaPolicies[${i}].match.types`} label={tr('tabs.settings.matchTypes')} options={PQRS_KINDS}
              value={policy.match.types ?? []} onChange={(v) => setMatch(i, 'types', v)} labelOf={(v) => labelOf(locale, 'type', v)} />
            <MultiPick path={`slaPolicies[${i}].match.channels`} label={tr('tabs.settings.matchChannels')} options={CHANNELS}
              value={policy.match.channels ?? []} onChange={(v) => setMatch(i, 'channels', v)} labelOf={(v) => labelOf(locale, 'channel', v)} />
            <MultiPick path={`slaPolicies[${i}].match.priorities`} label={tr('tabs.settings.matchPriorities')} options={PRIORITIES}
              value={policy.match.priorities ?? []} onChange={(v) => setMatch(i, 'priorities', v)} labelOf={(v) => v} />
            <MultiPick path={`slaPolicies[${i}].pauseStatuses`} label={tr('tabs.settings.pauseStatuses')} options={SETTINGS_STATUSES}
              value={policy.pauseStatuses} labelOf={(v) => labelOf(locale, 'status', v)}
              onChange={(v) => edit(i, (p) => { p.pauseStatuses = SETTINGS_STATUSES.filter((s) => v.includes(s)); })} />
          </div>
          <Table size="small" aria-label={tr('tabs.settings.goalsOf', { name: policy.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{tr('tabs.settings.goalsUnit')}</TableHeaderCell>
                {PRIORITIES.map((p) => <TableHeaderCell key={p}>{p}</TableHeaderCell>)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {METRICS.map((metric) => (
                <TableRow key={metric}>
                  <TableCell>{labelOf(locale, 'sla', metric)}</TableCell>
                  {PRIORITIES.map((p) => {
                    const minutes = policy.goals[metric][p];
                    return (
                      <TableCell key={p} className={styles.goal}>
                        <NumberField
                          path={`slaPolicies[${i}].goals.${metric}.${p}`}
                          label={tr('tabs.settings.goalLabel', { metric: labelOf(locale, 'sla', metric), priority: p })}
                          hideLabel
                          hint={businessHours(minutes, tr)}
                          value={minutes}
                          onChange={(v) => edit(i, (x) => { x.goals[metric][p] = v ?? 0; })}
                        />
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>{tr('tabs.settings.goalsHint')}</Caption1>
          <div className={styles.row}>
            <Button disabled={i === 0} onClick={() => update((d) => { const [p] = d.slaPolicies.splice(i, 1); if (p) d.slaPolicies.splice(i - 1, 0, p); })}>
              {tr('tabs.settings.moveUp')}
            </Button>
            <Button disabled={draft.slaPolicies.length < 2} onClick={() => update((d) => { d.slaPolicies.splice(i, 1); })}>
              {tr('tabs.settings.removePolicy', { name: policy.name })}
            </Button>
          </div>
        </section>
      ))}
      <div>
        <Button onClick={() => update((d) => { const p = newPolicy(d); if (p) d.slaPolicies.push(p); })}>
          {tr('tabs.settings.addPolicy')}
        </Button>
      </div>
    </>
  );
}
