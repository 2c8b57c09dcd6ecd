/** Weekly business hours of one calendar: per weekday, ranges 'HH:MM'–'HH:MM' to add and remove. */
import type { CalendarSettings } from '../../../../src/core/index';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { newRange } from '../../../shared/settings/factories';
import { WEEKDAYS, type WeekdayKey } from '../../../shared/settings/options';
import { Button } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { TextInput } from './form-kit';

export function WeekHours({ calendar, index, update }: { calendar: CalendarSettings; index: number; update: SectionProps['update'] }) {
  const { tr } = useI18n();
  const base = `calendars.${index}.spec.week`;
  const edit = (day: WeekdayKey, fn: (ranges: { start: string; end: string }[]) => void) =>
    update((d) => {
      const cal = d.settings.calendars[index];
      if (!cal) return;
      const ranges = (cal.spec.week[day] ?? []).map((r) => ({ ...r }));
      fn(ranges);
      cal.spec.week[day] = ranges;
    });
  return (
    <div role="group" aria-label={tr('tabs.settings.weekHours')}>
      <h4>{tr('tabs.settings.weekHours')}</h4>
      {WEEKDAYS.map((day) => {
        const ranges = calendar.spec.week[day] ?? [];
        const dayName = tr(`tabs.settings.day.${day}`);
        return (
          <div key={day} className="fx-row" data-day={day}>
            <strong style={{ minWidth: '6rem', alignSelf: 'center' }}>{dayName}</strong>
            {ranges.length === 0 && <span className="fx-subtle" style={{ alignSelf: 'center' }}>{tr('tabs.settings.closedDay')}</span>}
            {ranges.map((range, i) => (
              <div key={i} className="fx-row">
                <TextInput path={`${base}.${day}.${i}.start`} label={tr('tabs.settings.rangeStart', { day: dayName, n: i + 1 })} value={range.start}
                  onChange={(v) => edit(day, (r) => { const x = r[i]; if (x) x.start = v; })} />
                <TextInput path={`${base}.${day}.${i}.end`} label={tr('tabs.settings.rangeEnd', { day: dayName, n: i + 1 })} value={range.end}
                  hint={i === ranges.length - 1 ? tr('settingsForms.endHint') : undefined}
                  onChange={(v) => edit(day, (r) => { const x = r[i]; if (x) x.end = v; })} />
                <div className="fx-field">
                  <Button aria-label={tr('tabs.settings.removeRange', { day: dayName, n: i + 1 })} onClick={() => edit(day, (r) => { r.splice(i, 1); })}>{tr('tabs.settings.remove')}</Button>
                </div>
              </div>
            ))}
            <div className="fx-field">
              <Button appearance="subtle" aria-label={tr('tabs.settings.addRangeFor', { day: dayName })} onClick={() => edit(day, (r) => { r.push(newRange(r)); })}>
                {tr('tabs.settings.addRange')}
              </Button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
