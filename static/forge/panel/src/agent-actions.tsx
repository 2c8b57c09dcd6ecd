/**
 * Agent actions with a reason: pause/resume, extend the legal term (once, before it expires, at most
 * the original term), tier up/down, and reclassify the PQRS type (ADR 0086: the legal term and SLA
 * follow the new type; the type label is written back to the issue). The resolver decides; its
 * refusal is shown inline, in the form.
 */
import { useState, type FormEvent } from 'react';
import { wirePqrsKind, type WirePanel } from '../../../../src/jira/resolvers/contract';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { labelOf } from '../../../shared/i18n/labels';
import { invoke } from '../../shared/invoke';
import { Button, ErrorMessage, Field, SectionMessage, Select } from '../../shared/ui';

type Action = keyof WirePanel['actions'] | 'reclassify';
type PauseStatus = 'waitingRequester' | 'waitingThirdParty';
type Kind = (typeof wirePqrsKind.options)[number];
const ACTIONS: readonly Action[] = ['pause', 'resume', 'extend', 'tierUp', 'tierDown', 'reclassify'];
const titleKey = (a: Action) => (a === 'reclassify' ? 'tickets.reclassify.action' : `forgeUi.panel.action.${a}`);

export function AgentActions({ panel, onDone }: { panel: WirePanel; onDone: (panel: WirePanel) => void }) {
  const { locale, tr } = useI18n();
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [waitingOn, setWaitingOn] = useState<PauseStatus>('waitingRequester');
  const [kind, setKind] = useState<Kind | ''>('');
  const [problem, setProblem] = useState<{ field: 'reason' | 'days' | 'type'; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const maxDays = panel.legalExtension?.maxDays ?? 0;
  const current = panel.ticket?.type;
  const finished = panel.ticket?.status === 'resolved' || panel.ticket?.status === 'closed';
  const allowed = (a: Action) => (a === 'reclassify' ? panel.ticket !== null && !finished : panel.actions[a]);

  const choose = (action: Action) => {
    setOpen(action); setReason(''); setDays(''); setWaitingOn('waitingRequester'); setKind(''); setProblem(null); setError(null); setDone(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (open === null) return;
    if (open === 'reclassify' && (kind === '' || kind === current)) { setProblem({ field: 'type', text: tr('tickets.reclassify.chooseOther') }); return; }
    if (reason.trim() === '') { setProblem({ field: 'reason', text: tr('forgeUi.panel.reasonRequired') }); return; }
    const n = Number(days);
    if (open === 'extend' && (!Number.isInteger(n) || n < 1)) {
      setProblem({ field: 'days', text: tr('forgeUi.panel.daysInvalid', { max: maxDays }) });
      return;
    }
    setProblem(null); setError(null); setBusy(true);
    try {
      const next = await invoke('panelAction', { issueId: panel.issueId, action: open, reason: reason.trim(),
        ...(open === 'extend' ? { days: n } : {}), ...(open === 'pause' ? { pauseStatus: waitingOn } : {}),
        ...(open === 'reclassify' && kind !== '' ? { type: kind } : {}) });
      setOpen(null); setDone(true);
      onDone(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="actions">
      <h2>{tr('forgeUi.panel.actions')}</h2>
      <div className="fx-row">
        {ACTIONS.map((a) => (
          <Button key={a} appearance={open === a ? 'primary' : 'default'} disabled={!allowed(a) || busy} onClick={() => choose(a)} data-testid={`action-${a}`}>
            {tr(titleKey(a))}
          </Button>
        ))}
      </div>
      {done && <SectionMessage appearance="success" testId="action-done">{tr('forgeUi.panel.done')}</SectionMessage>}
      {open !== null && (
        <form className="fx-card" onSubmit={(e) => void submit(e)} data-testid="action-form" style={{ marginTop: 8 }} noValidate>
          <h3>{tr(titleKey(open))}</h3>
          {open === 'reclassify' && (
            <Field id="action-type" label={tr('tickets.reclassify.newType')} error={problem?.field === 'type' ? problem.text : null}>
              <Select id="action-type" value={kind} allLabel="—" onChange={(v) => setKind(wirePqrsKind.safeParse(v).data ?? '')}
                options={wirePqrsKind.options.filter((k) => k !== current).map((k) => ({ value: k, label: labelOf(locale, 'type', k) }))} />
            </Field>
          )}
          {open === 'extend' && (
            <Field id="action-days" label={tr('forgeUi.panel.days', { max: maxDays })} error={problem?.field === 'days' ? problem.text : null}>
              <input id="action-days" className="fx-input" type="number" min={1} max={maxDays} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
            </Field>
          )}
          {open === 'pause' && (
            <Field id="action-waiting" label={tr('forgeUi.panel.waitingOn')}>
              <Select id="action-waiting" value={waitingOn} onChange={(v) => setWaitingOn(v === 'waitingThirdParty' ? v : 'waitingRequester')}
                options={[
                  { value: 'waitingRequester', label: tr('forgeUi.panel.waitingRequester') },
                  { value: 'waitingThirdParty', label: tr('forgeUi.panel.waitingThirdParty') },
                ]} />
            </Field>
          )}
          <Field id="action-reason" label={tr('forgeUi.panel.reason')} error={problem?.field === 'reason' ? problem.text : null}>
            <textarea id="action-reason" className="fx-input fx-input--prose" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </Field>
          {error !== null && <ErrorMessage error={error} locale={locale} testId="action-error" />}
          <div className="fx-row">
            <Button type="submit" appearance="primary" disabled={busy} data-testid="action-confirm">{tr('forgeUi.confirm')}</Button>
            <Button appearance="subtle" onClick={() => setOpen(null)}>{tr('forgeUi.cancel')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
