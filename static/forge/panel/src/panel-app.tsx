/**
 * The SLA panel (`jira:issuePanel`): the ticket behind this Jira issue, its SLA clocks ticking live,
 * the legal term, the timeline, and the agent actions. All data comes from the `getPanel` resolver;
 * an action answers with the refreshed panel.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WirePanel } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { useLoad } from '../../../shared/hooks/use-load';
import type { ForgeEnv } from '../../shared/forge-context';
import { invoke } from '../../shared/invoke';
import { ErrorMessage, SectionMessage, Spinner } from '../../shared/ui';
import { AgentActions } from './agent-actions';
import { SlaClockCard } from './sla-clock-card';
import { TicketSummary } from './ticket-summary';
import { Timeline } from './timeline';

/** How often the panel re-reads the ticket (clocks tick locally in between). */
const REFRESH_MS = 60_000;

export function PanelApp({ env }: { env: ForgeEnv }) {
  const { locale, tr } = useI18n();
  const issueId = env.issueId;
  const load = useCallback(async (): Promise<WirePanel | null> => (issueId === null ? null : invoke('getPanel', { issueId })), [issueId]);
  const loaded = useLoad(load, [load]);
  const [fresh, setFresh] = useState<WirePanel | null>(null);
  const { reload, data } = loaded;
  // Jira events (comments, transitions) change the ticket behind the panel: re-read it every minute;
  // a newer read replaces the answer of the last action.
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  useEffect(() => setFresh(null), [data]);
  const panel = fresh ?? data;

  if (loaded.status === 'error' && panel === null) return <ErrorMessage error={loaded.error} locale={locale} onRetry={loaded.reload} />;
  if (loaded.status === 'loading' && panel === null) return <Spinner locale={locale} />;
  if (panel === null || panel.ticket === null) return <SectionMessage testId="not-ticket">{tr('forgeUi.panel.notTicket')}</SectionMessage>;
  const ticket = panel.ticket;
  return (
    <main aria-label={tr('forgeUi.panel.title')} data-testid="sla-panel">
      <TicketSummary panel={panel} ticket={ticket} timeZone={env.timeZone} />
      {panel.paused && (
        <SectionMessage appearance="warning" testId="paused" title={tr('forgeUi.panel.paused', { since: formatSince(panel.paused.since, locale, env.timeZone) })}>
          {panel.paused.reason !== null ? tr('forgeUi.panel.pausedReason', { reason: panel.paused.reason }) : undefined}
        </SectionMessage>
      )}
      <h2>{tr('forgeUi.panel.clocks')}</h2>
      <div className="fx-row" style={{ alignItems: 'stretch' }}>
        {ticket.sla.map((clock) => (
          <SlaClockCard key={clock.metric} clock={clock} serverNow={panel.serverNow} calendar={panel.calendar} timeZone={env.timeZone} />
        ))}
      </div>
      <AgentActions panel={panel} onDone={setFresh} />
      <Timeline entries={panel.timeline} timeZone={env.timeZone} />
    </main>
  );
}

function formatSince(iso: string, locale: 'es' | 'en', timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-CO' : 'en-US', {
    dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}
