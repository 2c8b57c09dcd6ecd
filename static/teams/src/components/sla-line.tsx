/**
 * The SLA clocks and the legal due date of a ticket. Each clock's main figure is the remaining
 * business time, ticking live only while the business calendar is open; the wall-clock instant
 * it runs out (or ran out) is the secondary text.
 */
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { TicketView } from '../../../shared/api/schemas';
import { SlaCountdown } from '../../../shared/components/sla-countdown';
import { formatInstant, formatLocalDate } from '../../../shared/format/date';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  clock: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  neutral: { color: tokens.colorNeutralForeground3 },
  instant: { color: tokens.colorNeutralForeground3 },
});

export function SlaLine({ ticket }: { ticket: TicketView }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  return (
    <div className={styles.row}>
      {ticket.sla.map((clock) => (
        <span key={clock.metric} className={styles.clock}>
          <Caption1>{labelOf(locale, 'sla', clock.metric)}:</Caption1>
          <SlaCountdown clock={clock} evaluatedAt={ticket.evaluatedAt} calendar={ticket.slaCalendar} toneClassNames={styles} />
          {clock.state === 'running' && clock.dueAt !== null && (
            <Caption1 className={styles.instant} data-testid={`sla-due-${clock.metric}`}>
              ({tr('tabs.sla.dueAt', { at: formatInstant(clock.dueAt, locale) })})
            </Caption1>
          )}
          {clock.state === 'breached' && clock.breachedAt !== null && (
            <Caption1 className={styles.instant}>
              ({tr('tabs.sla.breachedAt', { at: formatInstant(clock.breachedAt, locale) })})
            </Caption1>
          )}
        </span>
      ))}
      <Badge appearance="outline" data-testid="legal-due">
        {ticket.legal ? tr('tabs.legal.due', { date: formatLocalDate(ticket.legal.dueDate, locale) }) : tr('tabs.legal.none')}
      </Badge>
    </div>
  );
}
