/** Calendars: name, IANA time zone (checked in the browser too), weekly hours, holidays, closures. */
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CalendarSettings, Settings } from '../../../src/core/index';
import { useI18n } from '../../shared/i18n/i18n-context';
import { newCalendar, newClosure } from '../../shared/settings/factories';
import { TIME_ZONES as ZONES, isTimeZone } from '../../shared/settings/time-zone';
import { TextField, type DraftUpdate } from './form-kit';
import { HolidaysEditor } from './holidays-editor';
import { WeekHours } from './week-hours';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export { isTimeZone };

export function CalendarsEditor({ draft, update }: { draft: Settings; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const edit = (i: number, fn: (c: CalendarSettings) => void) => update((d) => { const c = d.calendars[i]; if (c) fn(c); });
  return (
    <>
      <datalist id="iana-zones">{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
      {draft.calendars.map((cal, i) => {
        const closures = cal.spec.closures ?? [];
        const editClosure = (j: number, key: 'from' | 'to', v: string) =>
          edit(i, (c) => { const x = c.spec.closures?.[j]; if (x) x[key] = v; });
        return (
          <section key={i} className={styles.card} aria-label={cal.name}>
            <Subtitle2 as="h4">{cal.name}</Subtitle2>
            <div className={styles.row}>
              <TextField path={`calendars[${i}].id`} label={tr('tabs.settings.id')} value={cal.id} onChange={(v) => edit(i, (c) => { c.id = v; })} />
              <TextField path={`calendars[${i}].name`} label={tr('tabs.settings.name')} value={cal.name} onChange={(v) => edit(i, (c) => { c.name = v; })} />
              <TextField
                path={`calendars[${i}].spec.timeZone`}
                label={tr('tabs.settings.timeZone')}
                hint={tr('tabs.settings.timeZoneHint')}
                list="iana-zones"
                value={cal.spec.timeZone}
                localError={isTimeZone(cal.spec.timeZone) ? null : tr('tabs.settings.badTimeZone')}
                onChange={(v) => edit(i, (c) => { c.spec.timeZone = v; })}
              />
            </div>
            <WeekHours calendar={cal} index={i} update={update} />
            <HolidaysEditor calendar={cal} index={i} update={update} />
            <div role="group" aria-label={tr('tabs.settings.closures')}>
              {closures.map((cl, j) => (
                <div key={j} className={styles.row}>
                  <TextField path={`calendars[${i}].spec.closures[${j}].from`} label={tr('tabs.settings.closureFrom', { n: j + 1 })}
                    hint={tr('tabs.settings.instantHint')} value={cl.from} onChange={(v) => editClosure(j, 'from', v)} />
                  <TextField path={`calendars[${i}].spec.closures[${j}].to`} label={tr('tabs.settings.closureTo', { n: j + 1 })}
                    hint={tr('tabs.settings.instantHint')} value={cl.to} onChange={(v) => editClosure(j, 'to', v)} />
                  <Button onClick={() => edit(i, (c) => { c.spec.closures = (c.spec.closures ?? []).filter((_, k) => k !== j); })}>
                    {tr('tabs.settings.remove')}
                  </Button>
                </div>
              ))}
              <Button appearance="subtle" onClick={() => edit(i, (c) => {
                c.spec.closures = [...(c.spec.closures ?? []), newClosure(new Date().getFullYear())];
              })}>
                {tr('tabs.settings.addClosure')}
              </Button>
            </div>
            <div className={styles.row}>
              <Button disabled={draft.calendars.length < 2} onClick={() => update((d) => { d.calendars.splice(i, 1); })}>
                {tr('tabs.settings.removeCalendar', { name: cal.name })}
              </Button>
            </div>
          </section>
        );
      })}
      <div><Button onClick={() => update((d) => { d.calendars.push(newCalendar(d)); })}>{tr('tabs.settings.addCalendar')}</Button></div>
    </>
  );
}
