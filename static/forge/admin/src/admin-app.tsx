/**
 * The settings page (`jira:adminPage`): enabled projects, mapping, SLA policies, calendars (with the
 * Colombian holiday generator), tiers and escalation rules, routing — each section edited as JSON
 * with validation messages that name the field, a what-if preview, and the version/who/when line.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResolverOutput } from '../../../../src/jira/resolvers/contract';
import { formatInstant } from '../../../shared/format/date';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { useLoad } from '../../../shared/hooks/use-load';
import type { ForgeEnv } from '../../shared/forge-context';
import { invoke, InvokeError } from '../../shared/invoke';
import { Button, ErrorMessage, SectionMessage, Spinner } from '../../shared/ui';
import { HolidayGenerator } from './holiday-generator';
import { PolicyMatrix } from './policy-matrix';
import { ProjectsField } from './projects-field';
import { SectionEditor } from './section-editor';
import { editable, fromSections, splitDraft, toSections, type Section, type SplitDraft } from './settings-draft';
import { WhatIf } from './what-if';

type Loaded = ResolverOutput<'getSettings'>;
export interface Issue { path: string; message: string }

export function AdminApp({ env }: { env: ForgeEnv }) {
  const { locale, tr } = useI18n();
  const load = useCallback(() => invoke('getSettings', {}), []);
  const loaded = useLoad(load, [load]);
  const [base, setBase] = useState<Loaded | null>(null);
  const [sections, setSections] = useState<Section[]>([]);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.status === 'ok') { setBase(loaded.data); setSections(toSections(editable(loaded.data))); }
  }, [loaded.status, loaded.data]);

  if (loaded.status === 'error' && base === null) return <ErrorMessage error={loaded.error} locale={locale} onRetry={loaded.reload} />;
  if (base === null) return <Spinner locale={locale} />;

  const edit = (key: string, text: string) => setSections((all) => all.map((s) => (s.key === key ? { ...s, text } : s)));
  const sectionTitle = (s: Section) => (s.title ? `${tr(s.title)} · ${s.key}` : `${tr('forgeUi.admin.section.other')} · ${s.key}`);

  /** The draft split into core settings and Jira mapping, or null after reporting which sections are not JSON. */
  const draftDoc = (): SplitDraft | null => {
    const joined = fromSections(editable(base), sections);
    if (!joined.ok) {
      setIssues(joined.errors.map((e) => ({ path: e.key, message: tr('forgeUi.admin.invalidJson', { section: e.key, detail: e.detail }) })));
      return null;
    }
    const split = splitDraft(joined.settings);
    if (split === null) setIssues([{ path: 'jira', message: tr('forgeUi.admin.invalidJson', { section: 'jira', detail: '{ … }' }) }]);
    return split;
  };
  const draft = () => draftDoc()?.settings ?? null;

  const save = async () => {
    setSaved(null); setError(null); setIssues([]);
    const doc = draftDoc();
    if (doc === null) return;
    setBusy(true);
    try {
      const out = await invoke('saveSettings', { ...doc, expectedVersion: base.meta.version });
      setBase({ ...base, settings: doc.settings, jira: doc.jira, meta: out.meta });
      setSaved(tr('forgeUi.admin.saved', { version: out.meta.version, count: out.recomputed }));
    } catch (err) {
      if (err instanceof InvokeError && err.issues.length > 0) setIssues([...err.issues]);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const meta = base.meta;
  return (
    <main data-testid="admin-page">
      <h1>{tr('forgeUi.admin.title')}</h1>
      <p className="fx-subtle" data-testid="settings-version">
        {meta.updatedAt !== null
          ? tr('forgeUi.admin.version', { version: meta.version, who: meta.updatedBy ?? '—', when: formatInstant(meta.updatedAt, locale, env.timeZone) })
          : tr('forgeUi.admin.neverSaved', { version: meta.version })}
      </p>
      {!base.isAdmin && <SectionMessage appearance="warning">{tr('forgeUi.admin.notAdmin')}</SectionMessage>}
      {issues.length > 0 && (
        <SectionMessage appearance="error" title={tr('forgeUi.admin.issuesTitle')} testId="settings-issues">
          <ul>{issues.map((i) => <li key={`${i.path}:${i.message}`}>{tr('forgeUi.admin.fieldIssue', { field: i.path, message: i.message })}</li>)}</ul>
        </SectionMessage>
      )}
      {error !== null && issues.length === 0 && <ErrorMessage error={error} locale={locale} testId="settings-error" />}
      {saved !== null && <SectionMessage appearance="success" testId="settings-saved">{saved}</SectionMessage>}
      <ProjectsField projects={base.projects} sections={sections} onEdit={edit} />
      {sections.map((s) => (
        <SectionEditor key={s.key} section={s} title={sectionTitle(s)} issues={issues} onEdit={edit}>
          {s.key === 'calendars' && <HolidayGenerator section={s} onEdit={edit} />}
          {s.key === 'slaPolicies' && <PolicyMatrix section={s} />}
        </SectionEditor>
      ))}
      <div className="fx-row" style={{ margin: '12px 0' }}>
        <Button appearance="primary" onClick={() => void save()} disabled={busy || !base.isAdmin} data-testid="settings-save">{tr('forgeUi.admin.save')}</Button>
      </div>
      <WhatIf draft={draft} timeZone={env.timeZone} />
    </main>
  );
}
