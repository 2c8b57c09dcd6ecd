/** CSAT after resolution: a 1–5 score and an optional comment, sent once. */
import { useState, type FormEvent } from 'react';
import { Button, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { TicketView } from '../../../shared/api/schemas';
import type { ApiClient } from '../../../shared/api/client';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export function RateForm({ ticket, api, onRated }: { ticket: TicketView; api: ApiClient; onRated: (t: TicketView) => void }) {
  const styles = useStyles();
  const { tr } = useI18n();
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (score === '') { setMissing(true); return; }
    setBusy(true);
    setError(null);
    try {
      onRated(await api.act(ticket.id, 'rate', { score: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={tr('tabs.rate.title')} noValidate>
      {error !== null && <ErrorBar error={error} />}
      <Field label={tr('tabs.rate.score')} required validationMessage={missing ? tr('tabs.validation.required') : undefined}>
        <RadioGroup layout="horizontal" value={score} onChange={(_, d) => { setScore(d.value); setMissing(false); }}>
          {[1, 2, 3, 4, 5].map((n) => <Radio key={n} value={String(n)} label={String(n)} aria-label={tr('tabs.rate.scoreOption', { n })} />)}
        </RadioGroup>
      </Field>
      <Field label={tr('tabs.rate.comment')}>
        <Textarea value={comment} maxLength={2000} onChange={(_, d) => setComment(d.value)} />
      </Field>
      <div><Button type="submit" disabled={busy}>{tr('tabs.rate.submit')}</Button></div>
    </form>
  );
}
