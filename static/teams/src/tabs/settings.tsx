/**
 * Settings for admins: forms for calendars (with the Colombian holiday generator), SLA policies and
 * their goals table, escalation rules, tiers, agents and routing; an "Advanced (JSON)" switch for
 * the whole document. The server validates on save (422 issues shown next to the field whose path
 * matches, and as a list); the what-if preview computes with the unsaved draft.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Body1, Button, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle1, Switch, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Settings } from '../../../../src/core/index';
import { ApiError } from '../../../shared/api/client';
import { formatInstant } from '../../../shared/format/date';
import { useLoad } from '../../../shared/hooks/use-load';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { IssuesContext, issuesByPath, type DraftUpdate } from '../../settings/form-kit';
import { SettingsForm } from '../../settings/settings-form';
import { SettingsEnvelopeSchema, parseJsonObject, withMeta, type SettingsEnvelope } from '../../settings/settings-model';
import { ErrorBar } from '../components/error-bar';
import { WhatIfPreview } from './what-if-preview';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  editor: { fontFamily: tokens.fontFamilyMonospace, minHeight: '24rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Parses the editor text; null when it is not a JSON object. */
export const parseDraft = parseJsonObject;

/** The settings document inside a versioned answer (`{ version, savedAt, settings }`), or the answer itself. */
export function settingsOf(answer: Record<string, unknown>): unknown {
  const inner = answer.settings;
  return inner !== null && typeof inner === 'object' ? inner : answer;
}

/** Moves the focus to the control of the field showing `path` (when the form shows it). */
function focusPath(path: string): void {
  const field = Array.from(document.querySelectorAll<HTMLElement>('[data-path]')).find((el) => el.dataset.path === path);
  field?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}

export function SettingsTab({ session }: TabProps) {
  const styles = useStyles();
  const { tr, locale } = useI18n();
  const isAdmin = session.me.roles.includes('admin');
  const loaded = useLoad(() => (isAdmin ? session.api.getSettings() : Promise.resolve({})), [session, isAdmin]);
  const [saved, setSaved] = useState<SettingsEnvelope | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [advanced, setAdvanced] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const adopt = (answer: Record<string, unknown>) => {
    const parsed = SettingsEnvelopeSchema.safeParse(answer);
    setText(JSON.stringify(settingsOf(answer), null, 2));
    if (parsed.success) {
      setSaved(parsed.data);
      setDraft(parsed.data.settings);
    } else {
      setAdvanced(true);
    }
  };
  useEffect(() => {
    if (loaded.status === 'ok' && isAdmin) adopt(loaded.data);
  }, [loaded.status, loaded.data, isAdmin]);

  const issues = error instanceof ApiError ? error.issues : [];
  const byPath = useMemo(() => issuesByPath(issues), [issues]);
  if (!isAdmin) return <MessageBar intent="warning"><MessageBarBody>{tr('tabs.settings.adminOnly')}</MessageBarBody></MessageBar>;

  const update: DraftUpdate = (edit) => {
    setJustSaved(false);
    setDraft((current) => {
      if (current === null) return current;
      const next = structuredClone(current);
      edit(next);
      return next;
    });
  };
  const jsonDraft = parseJsonObject(text);
  const payload: unknown = advanced ? jsonDraft : draft;

  function toggleAdvanced(on: boolean) {
    if (on) {
      if (draft !== null) setText(JSON.stringify(draft, null, 2));
      setAdvanced(true);
      return;
    }
    const parsed = SettingsEnvelopeSchema.shape.settings.safeParse(jsonDraft);
    if (parsed.success) {
      setDraft(parsed.data);
      setAdvanced(false);
      setError(null);
    } else {
      setError(new ApiError('invalid_settings', tr('tabs.settings.jsonNotForm'), 0, parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''),
        message: i.message,
      }))));
    }
  }

  function whoSaved(version: SettingsEnvelope): string {
    if (version.savedBy === null || version.savedBy === undefined) return tr('tabs.settings.preset');
    const agent = version.settings.agents.find((a) => a.id === version.savedBy);
    return agent ? `${agent.name} (${agent.id})` : version.savedBy;
  }

  async function save() {
    if (payload === null) return;
    setBusy(true);
    setError(null);
    setJustSaved(false);
    try {
      const body = !advanced && draft !== null ? withMeta(draft, saved?.version ?? 0, session.me.id, new Date()) : payload;
      adopt(await session.api.putSettings(body));
      setJustSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.page} aria-labelledby="settings-title">
      <Subtitle1 as="h2" id="settings-title">{tr('tabs.settings.title')}</Subtitle1>
      {loaded.status === 'error' && <ErrorBar error={loaded.error} onRetry={loaded.reload} />}
      {loaded.status === 'loading' && <Spinner label={tr('tabs.loading')} />}
      {saved && (
        <Body1 data-testid="settings-version" data-version={saved.version}>
          {tr('tabs.settings.versionLine', {
            version: saved.version,
            who: whoSaved(saved),
            when: saved.savedAt ? formatInstant(saved.savedAt, locale) : '—',
          })}
        </Body1>
      )}
      {justSaved && <MessageBar intent="success" role="status"><MessageBarBody>{tr('tabs.settings.saved')}</MessageBarBody></MessageBar>}
      {error !== null && issues.length === 0 && <ErrorBar error={error} />}
      {issues.length > 0 && (
        <MessageBar intent="warning" role="alert" data-testid="settings-issues">
          <MessageBarBody>
            <MessageBarTitle>{tr('tabs.settings.issues')}</MessageBarTitle>
            <ul>{issues.map((issue) => <li key={`${issue.path}:${issue.message}`}>
              <Link as="button" onClick={() => focusPath(issue.path)}><code>{issue.path}</code></Link>: {issue.message}
            </li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || payload === null} onClick={() => void save()}>{tr('tabs.settings.save')}</Button>
        <Switch label={tr('tabs.settings.advanced')} checked={advanced} onChange={(_, d) => toggleAdvanced(d.checked)} />
      </div>
      <IssuesContext.Provider value={byPath}>
        {advanced && (
          <Field label={tr('tabs.settings.document')} validationMessage={text !== '' && jsonDraft === null ? tr('tabs.settings.invalidJson') : undefined}>
            <Textarea textarea={{ className: styles.editor }} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" spellCheck={false} />
          </Field>
        )}
        {!advanced && draft !== null && <SettingsForm draft={draft} update={update} />}
      </IssuesContext.Provider>
      <WhatIfPreview api={session.api} draft={advanced ? jsonDraft : draft} />
    </section>
  );
}
