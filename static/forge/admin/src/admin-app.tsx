/**
 * The settings page (`jira:adminPage`): every setting as a form — Jira projects and issue mapping,
 * SLA policies, calendars, escalation, tiers, routing and legal terms, agents — with the resolver's
 * validation messages next to the field they name, a versioned save (expectedVersion, conflict
 * message), the recompute notice after a save, and the what-if preview of the unsaved draft.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import { formatInstant } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { useLoad } from '../../../shared/hooks/use-load';
import { draftReducer, emptyDraft, type DraftState, type DraftAction, type DraftUpdate } from '../../../shared/settings/draft';
import { issuesByPath, type FieldIssue } from '../../../shared/settings/issue-paths';
import { IssuesContext } from '../../../shared/settings/issues-context';
import type { ForgeEnv } from '../../shared/forge-context';
import { invoke, InvokeError } from '../../shared/invoke';
import { Button, ErrorMessage, SectionMessage, Spinner } from '../../shared/ui';
import { fromAdminDraft, toAdminDraft, type AdminDraft } from './admin-draft';
import { IssueList, focusPath } from './issue-list';
import { LocalErrorsContext } from './form-kit';
import { recomputeNotice, savedMeta } from './save-result';
import { FIRST_SECTION, SettingsSections, sectionForPath } from './settings-sections';
import { WhatIf } from './what-if';

type Loaded = ResolverOutput<'getSettings'>;
const reducer = (state: DraftState<AdminDraft>, action: DraftAction<AdminDraft>): DraftState<AdminDraft> => draftReducer(state, action);
const initial: DraftState<AdminDraft> = emptyDraft;

export function AdminApp({ env }: { env: ForgeEnv }) {
  const { locale, tr } = useI18n();
  const load = useCallback(() => invoke('getSettings', {}), []);
  const loaded = useLoad(load, [load]);
  const [base, setBase] = useState<Loaded | null>(null);
  const [state, dispatch] = useReducer(reducer, initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState(FIRST_SECTION);
  const [focusing, setFocusing] = useState<string | null>(null);
  const local = useRef(new Set<string>());
  const [, setLocalCount] = useState(0);
  const [showLocal, setShowLocal] = useState(false);
  const reportLocal = useCallback((path: string, invalid: boolean) => {
    if (path.startsWith('ui.')) return; // helpers such as the generator's years are not part of the settings
    const had = local.current.has(path);
    if (invalid) local.current.add(path); else local.current.delete(path);
    if (had !== invalid) setLocalCount(local.current.size);
  }, []);

  useEffect(() => {
    if (loaded.status !== 'ok') return;
    setBase(loaded.data);
    const draft = toAdminDraft(loaded.data);
    if (draft !== null) dispatch({ type: 'load', draft });
  }, [loaded.status, loaded.data]);

  useEffect(() => {
    if (focusing !== null) { focusPath(focusing); setFocusing(null); }
  }, [focusing]);
  const byPath = useMemo(() => issuesByPath(issues), [issues]);
  const update: DraftUpdate<AdminDraft> = useCallback((edit) => { setSaved(null); dispatch({ type: 'edit', edit }); }, []);

  if (loaded.status === 'error' && base === null) return <ErrorMessage error={loaded.error} locale={locale} onRetry={loaded.reload} />;
  if (base === null) return <Spinner locale={locale} />;
  const draft = state.draft;
  if (draft === null) return <SectionMessage appearance="error" title={tr('forgeUi.error.title')}>{tr('settingsForms.unreadable')}</SectionMessage>;

  /** The draft as the resolver takes it, or null after showing what keeps it from being sent. */
  const outgoing = () => {
    setShowLocal(local.current.size > 0);
    if (local.current.size > 0) return null;
    const out = fromAdminDraft(draft);
    if (!out.ok) { setIssues(out.issues.map((i) => ({ path: i.path, message: tr(i.key) }))); return null; }
    return out;
  };

  const save = async () => {
    setSaved(null); setError(null); setIssues([]);
    const out = outgoing();
    if (out === null) return;
    setBusy(true);
    try {
      const result = await invoke('saveSettings', { settings: out.settings, jira: out.jira, expectedVersion: base.meta.version });
      setBase({ ...base, settings: out.settings, jira: out.jira, meta: savedMeta(result) });
      dispatch({ type: 'saved' });
      setSaved(recomputeNotice(result, tr));
    } catch (err) {
      if (err instanceof InvokeError && err.issues.length > 0) setIssues([...err.issues]);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const meta = base.meta;
  // Values the browser refused stay listed (their message is already next to the field) until fixed.
  const localIssues = showLocal ? [...local.current].map((path) => ({ path, message: tr('settingsForms.fixMarked') })) : [];
  const conflict = error instanceof InvokeError && error.code === 'settings_conflict';
  return (
    <main data-testid="admin-page">
      <h1>{tr('forgeUi.admin.title')}</h1>
      <p className="fx-subtle" data-testid="settings-version" data-version={meta.version}>
        {meta.updatedAt !== null
          ? tr('forgeUi.admin.version', { version: meta.version, who: meta.updatedBy ?? '—', when: formatInstant(meta.updatedAt, locale, env.timeZone) })
          : tr('forgeUi.admin.neverSaved', { version: meta.version })}
      </p>
      {!base.isAdmin && <SectionMessage appearance="warning">{tr('forgeUi.admin.notAdmin')}</SectionMessage>}
      <div className="fx-sticky fx-row">
        <Button appearance="primary" onClick={() => void save()} disabled={busy || !base.isAdmin} data-testid="settings-save">{tr('forgeUi.admin.save')}</Button>
        <span className="fx-subtle" role="status">{state.dirty ? tr('settingsForms.unsaved') : ''}</span>
      </div>
      {(issues.length > 0 || localIssues.length > 0) && <IssueList issues={[...localIssues, ...issues]} onPick={(path) => { const key = sectionForPath(path); if (key !== null) setTab(key); setFocusing(path); }} />}
      {error !== null && issues.length === 0 && (
        <ErrorMessage error={error} locale={locale} testId="settings-error" onRetry={conflict ? () => { setError(null); loaded.reload(); } : undefined} />
      )}
      {saved !== null && <SectionMessage appearance="success" testId="settings-saved">{saved}</SectionMessage>}
      <IssuesContext.Provider value={byPath}>
        <LocalErrorsContext.Provider value={reportLocal}>
          <SettingsSections draft={draft} update={update} projects={base.projects} year={new Date().getFullYear()} active={tab} onSelect={setTab} />
        </LocalErrorsContext.Provider>
      </IssuesContext.Provider>
      <WhatIf draft={() => outgoing()?.settings ?? null} timeZone={env.timeZone} onIssues={setIssues} />
    </main>
  );
}
