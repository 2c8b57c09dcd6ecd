/** My requests: status, live SLA countdowns, legal due date, and CSAT once resolved. */
import { Body1, Button, Spinner, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { TicketView } from '../../../shared/api/schemas';
import { useLoad } from '../../../shared/hooks/use-load';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';
import { RateForm } from '../components/rate-form';
import { TicketCard } from '../components/ticket-card';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

export function MyRequestsTab({ session }: TabProps) {
  const styles = useStyles();
  const { tr } = useI18n();
  const mine = useLoad(() => session.api.listTickets('mine'), [session]);
  const items = mine.data?.items ?? [];
  const replace = (_ticket: TicketView) => mine.reload();

  return (
    <section className={styles.list} aria-labelledby="mine-title" aria-busy={mine.status === 'loading'}>
      <div className={styles.head}>
        <Subtitle1 as="h2" id="mine-title">{tr('tabs.mine.title')}</Subtitle1>
        <Button onClick={mine.reload}>{tr('tabs.refresh')}</Button>
      </div>
      {mine.status === 'error' && <ErrorBar error={mine.error} onRetry={mine.reload} />}
      {mine.status === 'loading' && mine.data === null && <Spinner label={tr('tabs.loading')} />}
      {mine.status === 'ok' && items.length === 0 && <Body1>{tr('tabs.mine.empty')}</Body1>}
      {items.map((ticket) => (
        <TicketCard key={ticket.id} ticket={ticket}>
          {ticket.csat ? (
            <Body1 data-testid="csat">{tr('tabs.rate.done', { score: ticket.csat.score })}</Body1>
          ) : (ticket.status === 'resolved' || ticket.status === 'closed') && (
            <>
              <Subtitle2 as="h3">{tr('tabs.rate.title')}</Subtitle2>
              <RateForm ticket={ticket} api={session.api} onRated={replace} />
            </>
          )}
        </TicketCard>
      ))}
    </section>
  );
}
