/**
 * Dashboard: the nine help-desk metrics with simple bar charts (a labelled table underneath for
 * screen readers), SLA and legal compliance, and the semiannual report as a CSV download.
 */
import { useState } from 'react';
import { Button, Card, CardHeader, Field, Input, Spinner, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localDateOffset } from '../../../shared/format/date';
import { metricRows, metricTitle } from '../../../shared/format/metric-rows';
import { useLoad } from '../../../shared/hooks/use-load';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';
import { MetricBars } from '../components/metric-bars';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  grid: { display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))' },
});

export function DashboardTab({ session }: TabProps) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const [range, setRange] = useState(() => ({ from: localDateOffset(new Date(), -182), to: localDateOffset(new Date(), 0) }));
  const [draft, setDraft] = useState(range);
  const [csvError, setCsvError] = useState<unknown>(null);
  const metrics = useLoad(() => session.api.metrics(range.from, range.to), [session, range]);

  async function downloadCsv() {
    setCsvError(null);
    try {
      const csv = await session.api.semiannualCsv(range.from, range.to);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `pqrs-${range.from}-${range.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      setCsvError(error);
    }
  }

  const entries = metrics.data ? Object.entries(metrics.data).filter(([key]) => key !== 'window' && key !== 'from' && key !== 'to') : [];
  return (
    <section className={styles.page} aria-labelledby="dash-title" aria-busy={metrics.status === 'loading'}>
      <Subtitle1 as="h2" id="dash-title">{tr('tabs.dashboard.title')}</Subtitle1>
      <form className={styles.controls} onSubmit={(e) => { e.preventDefault(); setRange(draft); }}>
        <Field label={tr('tabs.dashboard.from')}><Input type="date" value={draft.from} onChange={(_, d) => setDraft((r) => ({ ...r, from: d.value }))} /></Field>
        <Field label={tr('tabs.dashboard.to')}><Input type="date" value={draft.to} onChange={(_, d) => setDraft((r) => ({ ...r, to: d.value }))} /></Field>
        <Button type="submit" appearance="primary">{tr('tabs.dashboard.apply')}</Button>
        <Button onClick={() => void downloadCsv()}>{tr('tabs.dashboard.csv')}</Button>
      </form>
      {csvError !== null && <ErrorBar error={csvError} />}
      {metrics.status === 'error' && <ErrorBar error={metrics.error} onRetry={metrics.reload} />}
      {metrics.status === 'loading' && metrics.data === null && <Spinner label={tr('tabs.loading')} />}
      <div className={styles.grid}>
        {entries.map(([key, value]) => (
          <Card key={key} data-testid="metric" data-metric={key}>
            <CardHeader header={<Text weight="semibold" as="h3">{metricTitle(locale, key)}</Text>} />
            <MetricBars rows={metricRows(value, locale)} emptyText={tr('tabs.dashboard.noData')} />
          </Card>
        ))}
      </div>
    </section>
  );
}
