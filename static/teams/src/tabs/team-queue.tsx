/** Team queue: open tickets sorted by time to breach (the server's order), filters, agent actions. */
import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { QueueFilters } from '../../../shared/api/client';
import type { TicketView } from '../../../shared/api/schemas';
import { useLoad } from '../../../shared/hooks/use-load';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';
import { TicketCard } from '../components/ticket-card';
import { QueueActions, type AgentOption } from './queue-actions';
import { settingsOf } from './settings';
import { z } from 'zod';
import { QueueFiltersBar } from './queue-filters';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

const AgentsSchema = z.looseObject({ agents: z.array(z.looseObject({ id: z.string(), name: z.string() })) });

/** The agents listed in the settings answer, or null when it does not list them. */
function agentsOf(answer: Record<string, unknown>): AgentOption[] | null {
  const parsed = AgentsSchema.safeParse(settingsOf(answer));
  return parsed.success ? parsed.data.agents.map(({ id, name }) => ({ id, name })) : null;
}

export function TeamQueueTab({ session }: TabProps) {
  const styles = useStyles();
  const { tr } = useI18n();
  const [filters, setFilters] = useState<QueueFilters>({});
  const [notice, setNotice] = useState<string | null>(null);
  const isAgent = session.me.roles.includes('agent') || session.me.roles.includes('admin');
  const queue = useLoad(
    () => (isAgent ? session.api.listTickets('queue', filters) : Promise.resolve({ items: [] })),
    [session, filters, isAgent],
  );
  const items = queue.data?.items ?? [];
  const agents = useLoad(() => (isAgent ? session.api.getSettings().then(agentsOf) : Promise.resolve(null)), [session, isAgent]);

  const changed = (ticket: TicketView) => {
    setNotice(ticket.status === 'resolved' ? tr('tabs.queue.resolved', { number: ticket.number }) : null);
    queue.reload();
  };

  if (!isAgent) return <MessageBar intent="warning"><MessageBarBody>{tr('tabs.error.forbidden')}</MessageBarBody></MessageBar>;

  return (
    <section className={styles.list} aria-labelledby="queue-title" aria-busy={queue.status === 'loading'}>
      <div className={styles.head}>
        <Subtitle1 as="h2" id="queue-title">{tr('tabs.queue.title')}</Subtitle1>
        <Button onClick={queue.reload}>{tr('tabs.refresh')}</Button>
      </div>
      <QueueFiltersBar value={filters} onChange={setFilters} />
      {notice !== null && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {queue.status === 'error' && <ErrorBar error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'loading' && queue.data === null && <Spinner label={tr('tabs.loading')} />}
      {queue.status === 'ok' && items.length === 0 && <Body1>{tr('tabs.queue.empty')}</Body1>}
      {items.map((ticket) => (
        <TicketCard key={ticket.id} ticket={ticket}>
          <QueueActions ticket={ticket} api={session.api} agents={agents.data ?? null} onChanged={changed} />
        </TicketCard>
      ))}
    </section>
  );
}
