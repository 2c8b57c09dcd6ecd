/**
 * What an agent does to a queued ticket: claim, assign, resolve (with an answer to the requester),
 * reclassify the PQRS type (ADR 0086: the legal term and SLA follow the new type).
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../../../shared/api/client';
import type { TicketView } from '../../../shared/api/schemas';
import { PQRS_KINDS } from '../../../../src/core/index';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { ErrorBar } from '../components/error-bar';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface AgentOption {
  id: string;
  name: string;
}

export function QueueActions({ ticket, api, agents, onChanged }: {
  ticket: TicketView;
  api: ApiClient;
  /** Agents to pick from (from the settings); null → a free-text agent id. */
  agents: AgentOption[] | null;
  onChanged: (t: TicketView) => void;
}) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const [mode, setMode] = useState<'none' | 'resolve' | 'assign' | 'type'>('none');
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<TicketView>) {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      setMode('none');
      setText('');
      setKind('');
      onChanged(updated);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'resolve') void run(() => api.act(ticket.id, 'resolve', text.trim() ? { resolution: text.trim() } : {}));
    if (mode === 'assign' && text.trim()) void run(() => api.act(ticket.id, 'assign', { assigneeId: text.trim() }));
    if (mode === 'type' && kind) void run(() => api.act(ticket.id, 'type', { type: kind, ...(text.trim() ? { reason: text.trim() } : {}) }));
  };

  return (
    <div role="group" aria-label={tr('tabs.queue.actionsFor', { number: ticket.number })}>
      {error !== null && <ErrorBar error={error} />}
      {mode === 'none' ? (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void run(() => api.act(ticket.id, 'claim'))}>{tr('tabs.queue.claim')}</Button>
          <Button disabled={busy} onClick={() => setMode('assign')}>{tr('tabs.queue.assign')}</Button>
          <Button disabled={busy} onClick={() => setMode('type')}>{tr('tickets.reclassify.action')}</Button>
          <Button disabled={busy} appearance="primary" onClick={() => setMode('resolve')}>{tr('tabs.queue.resolve')}</Button>
        </div>
      ) : (
        <form className={styles.form} onSubmit={submit}>
          {mode === 'type' && (
            <>
              <Field label={tr('tickets.reclassify.newType')} required>
                <Select name="type" value={kind} onChange={(_, d) => setKind(d.value)}>
                  <option value="" />
                  {PQRS_KINDS.filter((k) => k !== ticket.type).map((k) => <option key={k} value={k}>{labelOf(locale, 'type', k)}</option>)}
                </Select>
              </Field>
              <Field label={tr('tickets.reclassify.reasonOptional')}>
                <Textarea name="reason" value={text} onChange={(_, d) => setText(d.value)} />
              </Field>
            </>
          )}
          {mode === 'type' ? null : mode === 'resolve' ? (
            <Field label={tr('tabs.queue.resolution')}>
              <Textarea name="resolution" value={text} onChange={(_, d) => setText(d.value)} />
            </Field>
          ) : (
            <Field label={tr('tabs.queue.assign')} required>
              {agents ? (
                <Select name="assigneeId" value={text} onChange={(_, d) => setText(d.value)}>
                  <option value="" />
                  {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </Select>
              ) : (
                <Input name="assigneeId" value={text} onChange={(_, d) => setText(d.value)} />
              )}
            </Field>
          )}
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {mode === 'resolve' ? tr('tabs.queue.resolve') : mode === 'type' ? tr('tickets.reclassify.action') : tr('tabs.queue.assignTo')}
            </Button>
            <Button onClick={() => setMode('none')}>{tr('tabs.cancel')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
