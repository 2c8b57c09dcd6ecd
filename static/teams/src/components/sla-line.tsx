/** The SLA clocks and the legal due date of a ticket, with live countdowns. */
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { TicketView } from '../../../shared/api/schemas';
import { SlaCountdown } from '../../../shared/components/sla-countdown';
import { formatBusinessDuration } from '../../../shared/format/duration';
import { formatLocalDate } from '../../../shared/format/date';
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
});

export function SlaLine({ ticket }: { ticket: TicketView }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  return (
    <div className={styles.row}>
      {ticket.sla.map((clock) => (
        <span key={clock.metric} className={styles.clock}>
          <Caption1>{labelOf(locale, 'sla', clock.metric)}:</Caption1>
          <SlaCountdown clock={clock} toneClassNames={styles} />
          {clock.state === 'running' && (
            <Caption1>({tr('tabs.sla.businessLeft', { duration: formatBusinessDuration(clock.remainingMs, locale) })})</Caption1>
          )}
        </span>
      ))}
      <Badge appearance="outline" data-testid="legal-due">
        {ticket.legal ? tr('tabs.legal.due', { date: formatLocalDate(ticket.legal.dueDate, locale) }) : tr('tabs.legal.none')}
      </Badge>
    </div>
  );
}
