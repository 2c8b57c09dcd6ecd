/**
 * What-if preview: "filed now as a high-priority queja → first response due …, legal due …", with the
 * unsaved draft; its validation issues go to the page (next to their fields).
 */
import { useState } from 'react';
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import { wireLevel, wirePqrsKind } from '../../../../src/jira/resolvers/contract';
import { formatInstant, formatLocalDate } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { invoke, InvokeError } from '../../shared/invoke';
import { Button, ErrorMessage, Field, Select } from '../../shared/ui';

export function WhatIf({ draft, timeZone, onIssues }: {
  draft: () => Record<string, unknown> | null; timeZone: string | undefined; onIssues: (issues: { path: string; message: string }[]) => void;
}) {
  const { locale, tr } = useI18n();
  const [type, setType] = useState<string>('queja');
  const [impact, setImpact] = useState<string>('alta');
  const [urgency, setUrgency] = useState<string>('alta');
  const [result, setResult] = useState<ResolverOutput<'previewSettings'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setError(null); setResult(null);
    const settings = draft();
    if (settings === null) return;
    const t = wirePqrsKind.safeParse(type);
    const i = wireLevel.safeParse(impact);
    const u = wireLevel.safeParse(urgency);
    if (!t.success || !i.success || !u.success) return;
    setBusy(true);
    try {
      setResult(await invoke('previewSettings', { settings, type: t.data, impact: i.data, urgency: u.data }));
      onIssues([]);
    } catch (err) {
      if (err instanceof InvokeError && err.issues.length > 0) onIssues([...err.issues]);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const levels = wireLevel.options.map((v) => ({ value: v, label: labelOf(locale, 'level', v) }));
  return (
    <section className="fx-card" data-testid="what-if">
      <h2 style={{ marginTop: 0 }}>{tr('forgeUi.admin.whatIf')}</h2>
      <p className="fx-subtle">{tr('forgeUi.admin.whatIfHint')}</p>
      <div className="fx-row">
        <Field id="whatif-type" label={tr('forgeUi.admin.whatIfType')}>
          <Select id="whatif-type" value={type} onChange={setType} options={wirePqrsKind.options.map((v) => ({ value: v, label: labelOf(locale, 'type', v) }))} />
        </Field>
        <Field id="whatif-impact" label={tr('forgeUi.admin.whatIfImpact')}><Select id="whatif-impact" value={impact} onChange={setImpact} options={levels} /></Field>
        <Field id="whatif-urgency" label={tr('forgeUi.admin.whatIfUrgency')}><Select id="whatif-urgency" value={urgency} onChange={setUrgency} options={levels} /></Field>
        <div className="fx-field"><Button onClick={() => void run()} disabled={busy} data-testid="whatif-run">{tr('forgeUi.admin.whatIfRun')}</Button></div>
      </div>
      {error !== null && <ErrorMessage error={error} locale={locale} testId="whatif-error" />}
      {result !== null && (
        <div data-testid="whatif-result" role="status">
          <p><strong>{result.summary}</strong></p>
          <ul>
            <li>{tr('forgeUi.admin.whatIfPriority', { priority: result.priority, tier: result.tier ?? '—' })}</li>
            {result.firstResponseDueAt !== null && <li>{tr('forgeUi.admin.whatIfFirstResponse', { at: formatInstant(result.firstResponseDueAt, locale, timeZone) })}</li>}
            {result.resolutionDueAt !== null && <li>{tr('forgeUi.admin.whatIfResolution', { at: formatInstant(result.resolutionDueAt, locale, timeZone) })}</li>}
            {result.legal !== null && <li>{tr('forgeUi.admin.whatIfLegal', { date: formatLocalDate(result.legal.dueDate, locale) })}</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
