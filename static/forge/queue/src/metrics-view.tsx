/** Metrics for a date range (the nine help-desk metrics + SLA/legal compliance) and the semiannual CSV download. */
import { useState } from 'react';
import { hasMessage } from '../../../../src/core/index';
import { localDateOffset } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { invoke } from '../../shared/invoke';
import { Button, ErrorMessage, Field, SectionMessage } from '../../shared/ui';
import { metricRows } from './metric-rows';

export function MetricsView() {
  const { locale, tr } = useI18n();
  const [from, setFrom] = useState(() => localDateOffset(new Date(), -180));
  const [to, setTo] = useState(() => localDateOffset(new Date(), 0));
  const [report, setReport] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rangeBad = to < from;

  const run = async (what: 'metrics' | 'csv') => {
    setError(null); setNote(null); setBusy(true);
    try {
      if (what === 'metrics') setReport(await invoke('getMetrics', { from, to }));
      else {
        const file = await invoke('getSemiannualCsv', { from, to });
        const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url; a.download = file.filename; a.click();
        URL.revokeObjectURL(url);
        setNote(tr('forgeUi.metrics.downloaded', { filename: file.filename }));
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const label = (key: string) => (hasMessage(`metrics.${key}`) ? tr(`metrics.${key}`) : key);
  return (
    <section data-testid="metrics">
      <h2 style={{ marginTop: 0 }}>{tr('forgeUi.metrics.title')}</h2>
      <div className="fx-row">
        <Field id="metrics-from" label={tr('forgeUi.metrics.from')}><input id="metrics-from" type="date" className="fx-input" value={from} onChange={(e) => setFrom(e.target.value)} /></Field>
        <Field id="metrics-to" label={tr('forgeUi.metrics.to')} error={rangeBad ? tr('forgeUi.metrics.rangeInvalid') : null}>
          <input id="metrics-to" type="date" className="fx-input" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <div className="fx-field"><Button appearance="primary" disabled={busy || rangeBad} onClick={() => void run('metrics')} data-testid="metrics-run">{tr('forgeUi.metrics.load')}</Button></div>
        <div className="fx-field"><Button disabled={busy || rangeBad} onClick={() => void run('csv')} data-testid="metrics-csv">{tr('forgeUi.metrics.download')}</Button></div>
      </div>
      {error !== null && <ErrorMessage error={error} locale={locale} testId="metrics-error" />}
      {note !== null && <SectionMessage appearance="success" testId="metrics-note">{note}</SectionMessage>}
      {report === null ? <p className="fx-subtle">{tr('forgeUi.metrics.empty')}</p> : (
        <table className="fx-table" data-testid="metrics-table">
          <tbody>
            {metricRows(report, locale).map((r) => (
              <tr key={r.path}><th scope="row">{r.path.split('.').map(label).join(' · ')}</th><td>{r.value}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
