/**
 * The Colombian holiday generator: adds the national holidays of a year (the core's
 * `colombianHolidays`: Ley 51 de 1983, Easter-based, Ley 2578 de 2026) to a calendar's
 * `spec.holidays` in the draft. Saving is still the admin's decision.
 */
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { Button, Field, SectionMessage, Select } from '../../shared/ui';
import { addColombianHolidays, calendarsSchema } from './holidays';
import type { Section } from './settings-draft';

export function HolidayGenerator({ section, onEdit }: { section: Section; onEdit: (key: string, text: string) => void }) {
  const { tr } = useI18n();
  const [year, setYear] = useState('2027');
  const [calendar, setCalendar] = useState('0');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  let ids: string[] = [];
  try {
    const parsed = calendarsSchema.safeParse(JSON.parse(section.text));
    if (parsed.success) ids = parsed.data.map((c, i) => c.id ?? String(i));
  } catch {
    ids = []; // the text is being edited and is not JSON right now: no calendar to pick
  }
  const run = () => {
    const i = Number(calendar);
    const out = addColombianHolidays(section.text, i, Number(year));
    if (out === null) { setNote({ ok: false, text: tr('forgeUi.admin.holidaysNoCalendar') }); return; }
    onEdit(section.key, out.text);
    setNote({ ok: true, text: tr('forgeUi.admin.holidaysDone', { count: out.count, year, path: `calendars[${i}].spec.holidays` }) });
  };
  return (
    <div data-testid="holiday-generator">
      <h3>{tr('forgeUi.admin.holidays')}</h3>
      <div className="fx-row">
        <Field id="holidays-calendar" label={tr('forgeUi.admin.holidaysCalendar')}>
          <Select id="holidays-calendar" value={calendar} onChange={setCalendar} options={ids.map((id, i) => ({ value: String(i), label: id }))} />
        </Field>
        <Field id="holidays-year" label={tr('forgeUi.admin.holidaysYear')}>
          <input id="holidays-year" className="fx-input" type="number" min={1983} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />
        </Field>
        <div className="fx-field"><Button onClick={run} data-testid="holidays-run">{tr('forgeUi.admin.holidaysRun')}</Button></div>
      </div>
      {note !== null && <SectionMessage appearance={note.ok ? 'success' : 'warning'}>{note.text}</SectionMessage>}
    </div>
  );
}
