/**
 * Holidays of one calendar: the list (local dates with their weekday), add one date, remove one,
 * and "Colombian holidays for year N" (the core's `colombianHolidays`, merged sorted and distinct).
 */
import { useState } from 'react';
import { Body1, Button, Caption1, Input, Field, makeStyles, tokens } from '@fluentui/react-components';
import { colombianHolidays, type CalendarSettings } from '../../../src/core/index';
import { formatLocalDate } from '../../shared/format/date';
import { useI18n } from '../../shared/i18n/i18n-context';
import { isGeneratorYear, mergeHolidays } from '../../shared/settings/converters';
import { PathField, type DraftUpdate } from './form-kit';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  list: { maxHeight: '16rem', overflowY: 'auto', margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export { mergeHolidays };

export function HolidaysEditor({ calendar, index, update }: { calendar: CalendarSettings; index: number; update: DraftUpdate }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [date, setDate] = useState('');
  const holidays = calendar.spec.holidays ?? [];
  const setHolidays = (fn: (list: string[]) => string[]) =>
    update((d) => {
      const cal = d.calendars[index];
      if (cal) cal.spec.holidays = fn([...(cal.spec.holidays ?? [])]);
    });
  const y = Number(year);
  const yearOk = isGeneratorYear(y);
  const gen = calendar.holidayGenerator;
  return (
    <div role="group" aria-label={tr('tabs.settings.holidays')}>
      <div className={styles.row}>
        <Field label={tr('tabs.settings.holidayYear')} validationMessage={yearOk ? undefined : tr('tabs.settings.yearRange')}>
          <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Button disabled={!yearOk} onClick={() => setHolidays((list) => mergeHolidays(list, colombianHolidays(y)))}>
          {tr('tabs.settings.generateHolidays', { year: yearOk ? y : '…' })}
        </Button>
        <Field label={tr('tabs.settings.holidayDate')}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Button disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)} onClick={() => { setHolidays((list) => mergeHolidays(list, [date])); setDate(''); }}>
          {tr('tabs.settings.addHoliday')}
        </Button>
      </div>
      {gen && <Caption1 block>{tr('tabs.settings.generatorNote', { country: gen.country, from: gen.years.from, to: gen.years.to })}</Caption1>}
      <PathField path={`calendars[${index}].spec.holidays`} label={tr('tabs.settings.holidayList')}>
        <Body1 data-testid="holiday-count" data-count={holidays.length}>{tr('tabs.settings.holidayCount', { n: holidays.length })}</Body1>
      </PathField>
      <ul className={styles.list} aria-label={tr('tabs.settings.holidayList')}>
        {holidays.map((h, i) => (
          <li key={h} className={styles.item} data-holiday={h}>
            <Body1>{/^\d{4}-\d{2}-\d{2}$/.test(h) ? formatLocalDate(h, locale) : h}</Body1>
            <Button size="small" appearance="subtle" aria-label={tr('tabs.settings.removeHoliday', { date: h })} onClick={() => setHolidays((list) => list.filter((_, j) => j !== i))}>
              {tr('tabs.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
