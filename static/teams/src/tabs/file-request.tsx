/**
 * File a request: an accessible form (labels, required marks, per-field validation messages),
 * checked here for the obvious and again by the server, whose `{ error: { code, message } }` is
 * shown as is. One idempotency key per filled form: a double submit files one ticket.
 */
import { useRef, useState, type FormEvent } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Subtitle1, Body1, Textarea,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { LEVELS, PQRS_KINDS, type TicketView } from '../../../shared/api/schemas';
import { ApiError } from '../../../shared/api/client';
import { formatLocalDate } from '../../../shared/format/date';
import { labelOf } from '../../../shared/i18n/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';
import { validateIntake, type IntakeDraft } from './intake-draft';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  pair: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

const EMPTY: IntakeDraft = { type: 'peticion', subject: '', description: '', impact: 'media', urgency: 'media' };

export function FileRequestTab({ session, inTeams }: TabProps) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const [draft, setDraft] = useState<IntakeDraft>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof IntakeDraft, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<TicketView | null>(null);
  const intakeKey = useRef(crypto.randomUUID());

  const set = (field: keyof IntakeDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateIntake(draft);
    setFieldErrors(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, tr(v.key, v.params)])));
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const ticket = await session.api.fileTicket({
        ...draft,
        channel: inTeams ? 'teams' : 'web',
        requester: { name: session.me.name, email: session.me.email },
      }, intakeKey.current);
      setFiled(ticket);
      setDraft(EMPTY);
      intakeKey.current = crypto.randomUUID();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        setFieldErrors(Object.fromEntries(e.issues.map((i) => [i.path.split('.')[0] ?? i.path, i.message])));
      }
    } finally {
      setBusy(false);
    }
  }

  if (filed) {
    return (
      <MessageBar intent="success" role="status" data-testid="filed" data-radicado={filed.number}>
        <MessageBarBody>
          <MessageBarTitle>
            {tr('tabs.file.success', { number: filed.number })}
          </MessageBarTitle>
          {tr('tabs.file.successPriority', { priority: filed.priority })}{' '}
          {filed.legal ? tr('tabs.file.legalDue', { date: formatLocalDate(filed.legal.dueDate, locale) }) : tr('tabs.file.noLegalTerm')}
          <div style={{ paddingBlock: '0.5rem' }}><Button appearance="secondary" onClick={() => setFiled(null)}>{tr('tabs.file.another')}</Button></div>
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="file-title">
      <Subtitle1 as="h2" id="file-title">{tr('tabs.file.title')}</Subtitle1>
      <Body1>{tr('tabs.file.intro')}</Body1>
      {error !== null && <ErrorBar error={error} />}
      <Field label={tr('tabs.field.type')} required validationMessage={fieldErrors.type}>
        <Select name="type" value={draft.type} onChange={(_, d) => set('type')(d.value)}>
          {PQRS_KINDS.map((kind) => <option key={kind} value={kind}>{labelOf(locale, 'type', kind)}</option>)}
        </Select>
      </Field>
      <Field label={tr('tabs.field.subject')} required validationMessage={fieldErrors.subject}>
        <Input name="subject" value={draft.subject} maxLength={200} onChange={(_, d) => set('subject')(d.value)} />
      </Field>
      <Field label={tr('tabs.field.description')} required validationMessage={fieldErrors.description}>
        <Textarea name="description" value={draft.description} rows={6} resize="vertical" onChange={(_, d) => set('description')(d.value)} />
      </Field>
      <div className={styles.pair}>
        {(['impact', 'urgency'] as const).map((field) => (
          <Field key={field} label={tr(`tabs.field.${field}`)} required validationMessage={fieldErrors[field]}>
            <Select name={field} value={draft[field]} onChange={(_, d) => set(field)(d.value)}>
              {LEVELS.map((level) => <option key={level} value={level}>{labelOf(locale, 'level', level)}</option>)}
            </Select>
          </Field>
        ))}
      </div>
      <div>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? tr('tabs.file.submitting') : tr('tabs.file.submit')}
        </Button>
      </div>
    </form>
  );
}
