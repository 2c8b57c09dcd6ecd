/** Calendars: id, name, IANA time zone (checked in the browser too), weekly hours, holidays, closures. */
import type { CalendarSettings } from '../../../../src/core/index';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { newCalendar, newClosure } from '../../../shared/settings/factories';
import { TIME_ZONES, isTimeZone } from '../../../shared/settings/time-zone';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { Card, TextInput } from './form-kit';
import { HolidaysField } from './holidays-field';
import { WeekHours } from './week-hours';

export function CalendarsSection({ draft, update, year }: SectionProps & { year: number }) {
  const { tr } = useI18n();
  const calendars = draft.settings.calendars;
  const edit = (i: number, fn: (c: CalendarSettings) => void) => update((d) => { const c = d.settings.calendars[i]; if (c) fn(c); });
  return (
    <>
      <datalist id="iana-zones">{TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
      {calendars.map((cal, i) => {
        const base = `calendars.${i}`;
        const closures = cal.spec.closures ?? [];
        const editClosure = (j: number, key: 'from' | 'to', v: string) => edit(i, (c) => { const x = c.spec.closures?.[j]; if (x) x[key] = v; });
        return (
          <Card key={i} title={cal.name} data-calendar={cal.id}>
            <div className="fx-row">
              <TextInput path={`${base}.id`} label={tr('tabs.settings.id')} value={cal.id} onChange={(v) => edit(i, (c) => { c.id = v; })} />
              <TextInput path={`${base}.name`} label={tr('tabs.settings.name')} value={cal.name} onChange={(v) => edit(i, (c) => { c.name = v; })} />
              <TextInput path={`${base}.spec.timeZone`} label={tr('tabs.settings.timeZone')} hint={tr('tabs.settings.timeZoneHint')} list="iana-zones"
                value={cal.spec.timeZone} localError={isTimeZone(cal.spec.timeZone) ? null : tr('tabs.settings.badTimeZone')}
                onChange={(v) => edit(i, (c) => { c.spec.timeZone = v; })} />
            </div>
            <WeekHours calendar={cal} index={i} update={update} />
            <HolidaysField calendar={cal} index={i} update={update} defaultYear={year + 1} />
            <div role="group" aria-label={tr('tabs.settings.closures')}>
              <h4>{tr('tabs.settings.closures')}</h4>
              {closures.map((cl, j) => (
                <div key={j} className="fx-row">
                  <TextInput path={`${base}.spec.closures.${j}.from`} label={tr('tabs.settings.closureFrom', { n: j + 1 })} hint={tr('tabs.settings.instantHint')}
                    value={cl.from} onChange={(v) => editClosure(j, 'from', v)} />
                  <TextInput path={`${base}.spec.closures.${j}.to`} label={tr('tabs.settings.closureTo', { n: j + 1 })} hint={tr('tabs.settings.instantHint')}
                    value={cl.to} onChange={(v) => editClosure(j, 'to', v)} />
                  <div className="fx-field">
                    <Button onClick={() => edit(i, (c) => { c.spec.closures = (c.spec.closures ?? []).filter((_, k) => k !== j); })}>{tr('tabs.settings.remove')}</Button>
                  </div>
                </div>
              ))}
              <Button appearance="subtle" onClick={() => edit(i, (c) => { c.spec.closures = [...(c.spec.closures ?? []), newClosure(year)]; })}>{tr('tabs.settings.addClosure')}</Button>
            </div>
            <div className="fx-row" style={{ marginTop: 8 }}>
              <Button disabled={calendars.length < 2} onClick={() => update((d) => { d.settings.calendars.splice(i, 1); })}>{tr('tabs.settings.removeCalendar', { name: cal.name })}</Button>
            </div>
          </Card>
        );
      })}
      <Button onClick={() => update((d) => { d.settings.calendars.push(newCalendar(d.settings)); })}>{tr('tabs.settings.addCalendar')}</Button>
    </>
  );
}
