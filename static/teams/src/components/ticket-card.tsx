/** One ticket as a card: radicado, subject, status, priority, tier, SLA countdowns, legal due date. */
import type { ReactNode } from 'react';
import { Badge, Body1, Caption1, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TicketView } from '../../../shared/api/schemas';
import { formatInstant } from '../../../shared/format/date';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { SlaLine } from './sla-line';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const PRIORITY_COLOR = { P1: 'danger', P2: 'warning', P3: 'important', P4: 'informative', P5: 'subtle' } as const;

export function TicketCard({ ticket, children }: { ticket: TicketView; children?: ReactNode }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  return (
    <Card className={styles.card} data-testid="ticket" data-number={ticket.number} data-status={ticket.status} aria-label={ticket.number}>
      <CardHeader
        header={<Text weight="semibold">{ticket.number} · {ticket.subject}</Text>}
        description={<Caption1>{labelOf(locale, 'type', ticket.type)} · {tr('tabs.ticket.filedOn', { date: formatInstant(ticket.createdAt, locale) })}</Caption1>}
      />
      <div className={styles.badges}>
        <Badge appearance="tint" data-testid="status">{tr('tabs.ticket.status')}: {labelOf(locale, 'status', ticket.status)}</Badge>
        <Badge appearance="filled" color={PRIORITY_COLOR[ticket.priority]}>{tr('tabs.ticket.priority')} {ticket.priority}</Badge>
        <Badge appearance="outline">{tr('tabs.ticket.tier')} {ticket.tier}</Badge>
        <Badge appearance="outline">{labelOf(locale, 'channel', ticket.channel)}</Badge>
        <Body1>{tr('tabs.ticket.assignee')}: {ticket.assigneeId ?? tr('tabs.ticket.unassigned')}</Body1>
      </div>
      <SlaLine ticket={ticket} />
      {children}
    </Card>
  );
}
