/** The project page (`jira:projectPage`): the queue sorted by time to breach, and the metrics for a period. */
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ForgeEnv } from '../../shared/forge-context';
import { MetricsView } from './metrics-view';
import { QueueView } from './queue-view';

type Tab = 'queue' | 'metrics';

export function QueueApp({ env }: { env: ForgeEnv }) {
  const { tr } = useI18n();
  const [tab, setTab] = useState<Tab>('queue');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'queue', label: tr('forgeUi.queue.tabQueue') },
    { id: 'metrics', label: tr('forgeUi.queue.tabMetrics') },
  ];
  return (
    <main data-testid="project-page">
      <h1>{tr('forgeUi.queue.title')}{env.projectKey ? ` · ${env.projectKey}` : ''}</h1>
      <div className="fx-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'queue' ? <QueueView env={env} /> : <MetricsView />}
      </div>
    </main>
  );
}
