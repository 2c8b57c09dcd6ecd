/** The queue's filters: tier, type, priority, channel, breached only. */
import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { QueueFilters } from '../../../shared/api/client';
import { CHANNELS, PQRS_KINDS, PRIORITIES, TIERS } from '../../../shared/api/schemas';
import { labelOf, type LabelKind } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
});

type SelectFilter = 'tier' | 'type' | 'priority' | 'channel';
const OPTIONS: { field: SelectFilter; label: string; values: readonly string[]; kind: LabelKind | null }[] = [
  { field: 'tier', label: 'tabs.ticket.tier', values: TIERS, kind: null },
  { field: 'type', label: 'tabs.field.type', values: PQRS_KINDS, kind: 'type' },
  { field: 'priority', label: 'tabs.ticket.priority', values: PRIORITIES, kind: null },
  { field: 'channel', label: 'tabs.ticket.channel', values: CHANNELS, kind: 'channel' },
];

export function QueueFiltersBar({ value, onChange }: { value: QueueFilters; onChange: (f: QueueFilters) => void }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  return (
    <fieldset className={styles.row} style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="visually-hidden">{tr('tabs.queue.filters')}</legend>
      {OPTIONS.map(({ field, label, values, kind }) => (
        <Field key={field} label={tr(label)}>
          <Select name={`filter-${field}`} value={value[field] ?? ''} onChange={(_, d) => onChange({ ...value, [field]: d.value || undefined })}>
            <option value="">{tr('tabs.queue.all')}</option>
            {values.map((v) => <option key={v} value={v}>{kind ? labelOf(locale, kind, v) : v}</option>)}
          </Select>
        </Field>
      ))}
      <Checkbox
        label={tr('tabs.queue.breachedOnly')}
        checked={value.breached === true}
        onChange={(_, d) => onChange({ ...value, breached: d.checked === true ? true : undefined })}
      />
    </fieldset>
  );
}
