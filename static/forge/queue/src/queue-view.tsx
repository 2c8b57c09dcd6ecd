/** The queue: open tickets sorted by time to breach, filters, claim and assign. */
import { useCallback, useState } from 'react';
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { useLoad } from '../../../shared/hooks/use-load';
import type { ForgeEnv } from '../../shared/forge-context';
import { invoke } from '../../shared/invoke';
import { ErrorMessage, SectionMessage, Spinner } from '../../shared/ui';
import { QueueFilters } from './queue-filters';
import { byTimeToBreach, NO_FILTERS, toQueueInput, type FilterState } from './queue-query';
import { QueueRow } from './queue-row';

type QueueItem = ResolverOutput<'getQueue'>['items'][number];

export function QueueView({ env }: { env: ForgeEnv }) {
  const { locale, tr } = useI18n();
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [changed, setChanged] = useState<Record<string, QueueItem>>({});
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const me = env.accountId;
  const load = useCallback(() => invoke('getQueue', toQueueInput(filters, me)), [filters, me]);
  const queue = useLoad(load, [load]);

  const act = async (run: () => Promise<QueueItem>, message: (item: QueueItem) => string) => {
    setNote(null); setError(null);
    try {
      const item = await run();
      setChanged((c) => ({ ...c, [item.ticket.id]: item }));
      setNote(message(item));
    } catch (err) {
      setError(err);
    }
  };

  const items = byTimeToBreach((queue.data?.items ?? []).map((i) => changed[i.ticket.id] ?? i));
  const cols = ['number', 'subject', 'type', 'priority', 'tier', 'channel', 'assignee', 'timeToBreach', 'actions'];
  return (
    <section data-testid="queue">
      <QueueFilters value={filters} onChange={(f) => { setChanged({}); setFilters(f); }} />
      {note !== null && <SectionMessage appearance="success" testId="queue-note">{note}</SectionMessage>}
      {error !== null && <ErrorMessage error={error} locale={locale} testId="queue-error" />}
      {queue.status === 'error' && <ErrorMessage error={queue.error} locale={locale} onRetry={queue.reload} />}
      {queue.status === 'loading' && queue.data === null ? <Spinner locale={locale} /> : (
        <>
          <p className="fx-subtle" data-testid="queue-count" aria-busy={queue.status === 'loading'}>{tr('forgeUi.queue.count', { count: items.length })}</p>
          {items.length === 0 ? <p data-testid="queue-empty">{tr('forgeUi.queue.empty')}</p> : (
            <table className="fx-table" data-testid="queue-table">
              <thead><tr>{cols.map((c) => <th key={c} scope="col">{tr(`forgeUi.queue.col.${c}`)}</th>)}</tr></thead>
              <tbody>
                {items.map((item) => (
                  <QueueRow key={item.ticket.id} item={item} me={me}
                    onClaim={() => void act(() => invoke('claim', { ticketId: item.ticket.id }), (i) => tr('forgeUi.queue.claimed', { number: i.ticket.number }))}
                    onAssign={(assigneeId) => void act(() => invoke('assign', { ticketId: item.ticket.id, assigneeId }), (i) => tr('forgeUi.queue.assigned', { number: i.ticket.number }))} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
