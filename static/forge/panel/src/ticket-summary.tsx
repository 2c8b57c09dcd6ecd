/** Radicado, PQRS type, priority, tier, status and the legal term (días hábiles) with its extension. */
import type { WirePanel, WireTicketView } from '../../../../src/jira/resolvers/contract';
import { formatLocalDate } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { Lozenge } from '../../shared/ui';

export function TicketSummary({ panel, ticket }: { panel: WirePanel; ticket: WireTicketView; timeZone: string | undefined }) {
  const { locale, tr } = useI18n();
  const legal = ticket.legal;
  const ext = panel.legalExtension;
  return (
    <section>
      <h1 data-testid="radicado">{tr('forgeUi.panel.radicado')}: {ticket.number}</h1>
      <dl className="fx-grid">
        <div><dt>{tr('forgeUi.panel.type')}</dt><dd data-testid="type">{labelOf(locale, 'type', ticket.type)}</dd></div>
        <div><dt>{tr('forgeUi.panel.priority')}</dt><dd><Lozenge appearance={ticket.priority === 'P1' || ticket.priority === 'P2' ? 'removed' : 'default'} testId="priority">{ticket.priority}</Lozenge></dd></div>
        <div><dt>{tr('forgeUi.panel.tier')}</dt><dd><Lozenge appearance="new" testId="tier">{ticket.tier}</Lozenge></dd></div>
        <div><dt>{tr('forgeUi.panel.status')}</dt><dd><Lozenge appearance="inprogress" testId="status">{labelOf(locale, 'status', ticket.status)}</Lozenge></dd></div>
        <div>
          <dt>{tr('forgeUi.panel.legalDue')}</dt>
          <dd data-testid="legal-due">
            {legal === null
              ? tr('forgeUi.panel.legalNone')
              : tr('forgeUi.panel.legalDueValue', { date: formatLocalDate(legal.dueDate, locale), days: legal.termDays + legal.extensionDays })}
            {legal?.breached === true && <> <Lozenge appearance="removed">{tr('forgeUi.panel.legalBreached')}</Lozenge></>}
          </dd>
          {ext !== null && (
            <dd className="fx-subtlest" data-testid="extension">
              {ext.used ? tr('forgeUi.panel.extensionUsed', { days: ext.days }) : tr('forgeUi.panel.extensionNotUsed', { max: ext.maxDays })}
            </dd>
          )}
        </div>
      </dl>
    </section>
  );
}
