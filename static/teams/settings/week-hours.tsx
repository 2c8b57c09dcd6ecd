/** Weekly business hours of one calendar: per weekday, ranges 'HH:MM'–'HH:MM' to add and remove. */
import { Body1Strong, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CalendarSettings } from '../../../src/core/index';
import { useI18n } from '../../shared/i18n/i18n-context';
import { newRange } from '../../shared/settings/factories';
import { WEEKDAYS, type WeekdayKey } from '../../shared/settings/options';
import { TextField, type DraftUpdate } from './form-kit';

export { WEEKDAYS };
type Weekday = WeekdayKey;

const useStyles = makeStyles({
  day: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', paddingBlock: tokens.spacingVerticalXS },
  dayName: { minWidth: '7rem', alignSelf: 'center' },
});

export function WeekHours({ calendar, index, update }: { calendar: CalendarSettings; index: number; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const base = `calendars[${index}].spec.week`;
  const edit = (day: Weekday, fn: (ranges: { start: string; end: string }[]) => void) =>
    update((d) => {
      const cal = d.calendars[index];
      if (!cal) return;
      const ranges = [...(cal.spec.week[day] ?? [])].map((r) => ({ ...r }));
      fn(ranges);
      cal.spec.week[day] = ranges;
    });
  return (
    <div role="group" aria-label={tr('tabs.settings.weekHours')}>
      {WEEKDAYS.map((day) => {
        const ranges = calendar.spec.week[day] ?? [];
        const dayName = tr(`tabs.settings.day.${day}`);
        return (
          <div key={day} className={styles.day} data-day={day}>
            <Body1Strong className={styles.dayName}>{dayName}</Body1Strong>
            {ranges.length === 0 && <Body1Strong>{tr('tabs.settings.closedDay')}</Body1Strong>}
            {ranges.map((range, i) => (
              <div key={i} className={styles.day}>
                <TextField
                  path={`${base}.${day}[${i}].start`}
                  label={tr('tabs.settings.rangeStart', { day: dayName, n: i + 1 })}
                  value={range.start}
                  onChange={(v) => edit(day, (r) => { const x = r[i]; if (x) x.start = v; })}
                />
                <TextField
                  path={`${base}.${day}[${i}].end`}
                  label={tr('tabs.settings.rangeEnd', { day: dayName, n: i + 1 })}
                  value={range.end}
                  onChange={(v) => edit(day, (r) => { const x = r[i]; if (x) x.end = v; })}
                />
                <Button aria-label={tr('tabs.settings.removeRange', { day: dayName, n: i + 1 })} onClick={() => edit(day, (r) => r.splice(i, 1))}>
                  {tr('tabs.settings.remove')}
                </Button>
              </div>
            ))}
            <Button
              appearance="subtle"
              aria-label={tr('tabs.settings.addRangeFor', { day: dayName })}
              onClick={() => edit(day, (r) => r.push(newRange(r)))}
            >
              {tr('tabs.settings.addRange')}
            </Button>
          </div>
        );
      })}
    </div>
  );
}
