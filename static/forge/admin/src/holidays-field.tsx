/**
 * Holidays of one calendar: the Colombian generator for a range of years (the core's
 * `colombianHolidays`: Ley 51 de 1983, Easter-based, Ley 2578 de 2026), one more date, the list
 * with remove buttons, and the automatic generator the calendar may already have.
 */
import { useContext, useState } from 'react';
import type { CalendarSettings } from '../../../../src/core/index';
import { formatLocalDate } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { colombianHolidaysBetween, isGeneratorYear, mergeHolidays } from '../../../shared/settings/converters';
import { messagesAt } from '../../../shared/settings/issue-paths';
import { IssuesContext, useFieldIssues } from '../../../shared/settings/issues-context';
import { Button, SectionMessage } from '../../shared/ui';
import type { SectionProps } from './admin-draft';
import { NumberInput, TextInput } from './form-kit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function HolidaysField({ calendar, index, update, defaultYear }: {
  calendar: CalendarSettings; index: number; update: SectionProps['update']; defaultYear: number;
}) {
  const { tr, locale } = useI18n();
  const [from, setFrom] = useState<number | null>(defaultYear);
  const [to, setTo] = useState<number | null>(defaultYear);
  const [date, setDate] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const holidays = calendar.spec.holidays ?? [];
  const path = `calendars.${index}.spec.holidays`;
  const listIssues = useFieldIssues(path);
  const byPath = useContext(IssuesContext);
  const setHolidays = (fn: (list: string[]) => string[]) =>
    update((d) => { const cal = d.settings.calendars[index]; if (cal) cal.spec.holidays = fn([...(cal.spec.holidays ?? [])]); });
  const range = from !== null && to !== null ? colombianHolidaysBetween(from, to) : [];
  const rangeOk = from !== null && to !== null && isGeneratorYear(from) && isGeneratorYear(to) && range.length > 0;
  const generate = () => {
    const added = range.filter((h) => !holidays.includes(h)).length;
    setHolidays((list) => mergeHolidays(list, range));
    setNote(tr('settingsForms.holidaysAdded', { count: added, from: from ?? '', to: to ?? '' }));
  };
  const gen = calendar.holidayGenerator;
  return (
    <div role="group" aria-label={tr('tabs.settings.holidays')} data-testid={`holidays-${index}`}>
      <h4>{tr('tabs.settings.holidays')}</h4>
      <div className="fx-row">
        <NumberInput path={`ui.holidays.${index}.from`} label={tr('settingsForms.yearFrom')} min={1983} max={2200} value={from} allowEmpty onChange={setFrom} />
        <NumberInput path={`ui.holidays.${index}.to`} label={tr('settingsForms.yearTo')} min={1983} max={2200} value={to} allowEmpty onChange={setTo}
          localError={from !== null && to !== null && !rangeOk ? tr('settingsForms.yearRange') : null} />
        <div className="fx-field">
          <Button disabled={!rangeOk} onClick={generate} data-testid={`holidays-run-${index}`}>
            {tr('settingsForms.generateRange', { from: from ?? '…', to: to ?? '…' })}
          </Button>
        </div>
        <TextInput path={`ui.holidays.${index}.date`} type="date" label={tr('tabs.settings.holidayDate')} value={date} onChange={setDate} />
        <div className="fx-field">
          <Button disabled={!DATE.test(date)} onClick={() => { setHolidays((list) => mergeHolidays(list, [date])); setDate(''); }}>{tr('tabs.settings.addHoliday')}</Button>
        </div>
      </div>
      {note !== null && <SectionMessage appearance="success">{note}</SectionMessage>}
      {gen && <p className="fx-subtlest">{tr('tabs.settings.generatorNote', { country: gen.country, from: gen.years.from, to: gen.years.to })}</p>}
      <p data-testid={`holiday-count-${index}`} data-count={holidays.length}>{tr('tabs.settings.holidayCount', { n: holidays.length })}</p>
      {listIssues.length > 0 && <p className="fx-field__error" role="alert">{listIssues.join(' ')}</p>}
      <ul className="fx-list" aria-label={tr('tabs.settings.holidayList')}>
        {holidays.map((h, i) => {
          const messages = messagesAt(byPath, `${path}.${i}`);
          return (
            <li key={h} data-holiday={h}>
              <span>{DATE.test(h) ? formatLocalDate(h, locale) : h}</span>
              {messages.length > 0 && <span className="fx-field__error" role="alert">{messages.join(' ')}</span>}
              <Button appearance="subtle" aria-label={tr('tabs.settings.removeHoliday', { date: h })} onClick={() => setHolidays((list) => list.filter((_, j) => j !== i))}>
                {tr('tabs.settings.remove')}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
