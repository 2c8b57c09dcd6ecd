/**
 * What-if: the priority, SLA due instants and legal due date a request filed now would get under the
 * unsaved draft, dates in the viewer's language and time zone.
 */
import { useState } from 'react';
import { Body1, Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { z } from 'zod';
import type { ApiClient } from '../../../shared/api/client';
import { CHANNELS, LEVELS, PQRS_KINDS } from '../../../shared/api/schemas';
import { formatInstant, formatLocalDate } from '../../../shared/format/date';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';

const PreviewSchema = z.looseObject({
  priority: z.string(),
  policyName: z.string().optional(),
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  legal: z.looseObject({ dueDate: z.string() }).nullable(),
});

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function WhatIfPreview({ api, draft }: { api: ApiClient; draft: Record<string, unknown> | null }) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const [input, setInput] = useState({ type: 'peticion', impact: 'media', urgency: 'media', channel: 'teams' });
  const [result, setResult] = useState<z.infer<typeof PreviewSchema> | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function preview() {
    setError(null);
    try {
      const raw = await api.previewSettings({ ...(draft ? { settings: draft } : {}), ...input });
      const parsed = PreviewSchema.safeParse(raw.preview ?? raw);
      setResult(parsed.success ? parsed.data : null);
      if (!parsed.success) setError(new Error(tr('tabs.error.unexpectedResponse')));
    } catch (e) {
      setError(e);
    }
  }

  const selects = [
    { field: 'type', values: PQRS_KINDS, kind: 'type' },
    { field: 'impact', values: LEVELS, kind: 'level' },
    { field: 'urgency', values: LEVELS, kind: 'level' },
    { field: 'channel', values: CHANNELS, kind: 'channel' },
  ] as const;
  return (
    <section className={styles.box} aria-labelledby="whatif-title">
      <Subtitle2 as="h3" id="whatif-title">{tr('tabs.settings.previewTitle')}</Subtitle2>
      <Caption1>{tr('tabs.settings.previewHint')}</Caption1>
      <div className={styles.row}>
        {selects.map(({ field, values, kind }) => (
          <Field key={field} label={tr(field === 'channel' ? 'tabs.ticket.channel' : `tabs.field.${field}`)}>
            <Select value={input[field]} onChange={(_, d) => setInput((i) => ({ ...i, [field]: d.value }))}>
              {values.map((v) => <option key={v} value={v}>{labelOf(locale, kind, v)}</option>)}
            </Select>
          </Field>
        ))}
        <Button onClick={() => void preview()}>{tr('tabs.settings.preview')}</Button>
      </div>
      {error !== null && <ErrorBar error={error} />}
      {result && (
        <div data-testid="what-if" role="status">
          <Body1 block data-testid="what-if-summary">{tr('tabs.settings.whatIfSummary', { priority: result.priority, policy: result.policyName ?? '—' })}</Body1>
          <Body1 block data-testid="what-if-first-response">{labelOf(locale, 'sla', 'firstResponse')}: {result.firstResponseDueAt ? formatInstant(result.firstResponseDueAt, locale) : tr('tabs.sla.paused')}</Body1>
          <Body1 block data-testid="what-if-resolution">{labelOf(locale, 'sla', 'resolution')}: {result.resolutionDueAt ? formatInstant(result.resolutionDueAt, locale) : tr('tabs.sla.paused')}</Body1>
          <Body1 block>{result.legal ? tr('tabs.legal.due', { date: formatLocalDate(result.legal.dueDate, locale) }) : tr('tabs.legal.none')}</Body1>
        </div>
      )}
    </section>
  );
}
