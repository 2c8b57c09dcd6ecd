/** The queue filters: tier, type, priority, channel, breached, assignee ('' = any). */
import { wireChannel, wirePqrsKind, wirePriority, wireTier } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { Field, Select } from '../../shared/ui';
import type { FilterState } from './queue-query';

export function QueueFilters({ value, onChange }: { value: FilterState; onChange: (next: FilterState) => void }) {
  const { locale, tr } = useI18n();
  const all = tr('forgeUi.all');
  const set = (k: keyof FilterState) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <div className="fx-row" data-testid="queue-filters">
      <Field id="filter-tier" label={tr('forgeUi.queue.filter.tier')}>
        <Select id="filter-tier" value={value.tier} onChange={set('tier')} allLabel={all} options={wireTier.options.map((v) => ({ value: v, label: v }))} />
      </Field>
      <Field id="filter-type" label={tr('forgeUi.queue.filter.type')}>
        <Select id="filter-type" value={value.type} onChange={set('type')} allLabel={all} options={wirePqrsKind.options.map((v) => ({ value: v, label: labelOf(locale, 'type', v) }))} />
      </Field>
      <Field id="filter-priority" label={tr('forgeUi.queue.filter.priority')}>
        <Select id="filter-priority" value={value.priority} onChange={set('priority')} allLabel={all} options={wirePriority.options.map((v) => ({ value: v, label: v }))} />
      </Field>
      <Field id="filter-channel" label={tr('forgeUi.queue.filter.channel')}>
        <Select id="filter-channel" value={value.channel} onChange={set('channel')} allLabel={all} options={wireChannel.options.map((v) => ({ value: v, label: labelOf(locale, 'channel', v) }))} />
      </Field>
      <Field id="filter-breached" label={tr('forgeUi.queue.filter.breached')}>
        <Select id="filter-breached" value={value.breached} onChange={set('breached')} allLabel={all}
          options={[{ value: 'yes', label: tr('forgeUi.queue.breached.yes') }, { value: 'no', label: tr('forgeUi.queue.breached.no') }]} />
      </Field>
      <Field id="filter-assignee" label={tr('forgeUi.queue.filter.assignee')}>
        <Select id="filter-assignee" value={value.assignee} onChange={set('assignee')} allLabel={all}
          options={[{ value: 'me', label: tr('forgeUi.queue.assignee.me') }, { value: 'unassigned', label: tr('forgeUi.queue.assignee.unassigned') }]} />
      </Field>
    </div>
  );
}
