/**
 * Settings for admins: the settings document (policies, calendars with the holiday generator,
 * tiers, agents and skills, routing) edited as JSON and validated by the server (422 issues shown
 * per path), plus a what-if preview of the draft: "filed now, due on …".
 */
import { useEffect, useState } from 'react';
import {
  Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Subtitle1, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/client';
import { useLoad } from '../../../shared/hooks/use-load';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ErrorBar } from '../components/error-bar';
import { WhatIfPreview } from './what-if-preview';
import type { TabProps } from './tab-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  editor: { fontFamily: tokens.fontFamilyMonospace, minHeight: '24rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Parses the editor text; null when it is not a JSON object. */
export function parseDraft(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}

/** The settings document inside a versioned answer (`{ version, savedAt, settings }`), or the answer itself. */
export function settingsOf(answer: Record<string, unknown>): unknown {
  const inner = answer.settings;
  return inner !== null && typeof inner === 'object' ? inner : answer;
}

const ROUTING = ['roundRobin', 'leastLoaded', 'skills', 'manual'] as const;
const RoutingSchema = z.looseObject({ routing: z.looseObject({ strategy: z.string() }) });

export function SettingsTab({ session }: TabProps) {
  const styles = useStyles();
  const { tr } = useI18n();
  const isAdmin = session.me.roles.includes('admin');
  const settings = useLoad(() => (isAdmin ? session.api.getSettings() : Promise.resolve({})), [session, isAdmin]);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (settings.status === 'ok') setText(JSON.stringify(settingsOf(settings.data), null, 2));
  }, [settings.status, settings.data]);

  if (!isAdmin) return <MessageBar intent="warning"><MessageBarBody>{tr('tabs.settings.adminOnly')}</MessageBarBody></MessageBar>;
  const draft = parseDraft(text);

  async function save() {
    if (draft === null) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      setText(JSON.stringify(settingsOf(await session.api.putSettings(draft)), null, 2));
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <section className={styles.page} aria-labelledby="settings-title">
      <Subtitle1 as="h2" id="settings-title">{tr('tabs.settings.title')}</Subtitle1>
      {settings.status === 'error' && <ErrorBar error={settings.error} onRetry={settings.reload} />}
      {settings.status === 'loading' && <Spinner label={tr('tabs.loading')} />}
      {saved && <MessageBar intent="success" role="status"><MessageBarBody>{tr('tabs.settings.saved')}</MessageBarBody></MessageBar>}
      {error !== null && <ErrorBar error={error} />}
      {issues.length > 0 && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{tr('tabs.settings.issues')}</MessageBarTitle>
            <ul>{issues.map((issue) => <li key={`${issue.path}:${issue.message}`}><code>{issue.path}</code>: {issue.message}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={tr('tabs.settings.routing')}>
        <Select
          value={RoutingSchema.safeParse(draft).data?.routing.strategy ?? ''}
          disabled={draft === null}
          onChange={(_, d) => draft && setText(JSON.stringify({ ...draft, routing: { ...RoutingSchema.safeParse(draft).data?.routing, strategy: d.value } }, null, 2))}
        >
          {ROUTING.map((r) => <option key={r} value={r}>{tr(`tabs.routing.${r}`)}</option>)}
        </Select>
      </Field>
      <Field label={tr('tabs.settings.document')} validationMessage={text !== '' && draft === null ? tr('tabs.settings.invalidJson') : undefined}>
        <Textarea textarea={{ className: styles.editor }} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" spellCheck={false} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || draft === null} onClick={() => void save()}>{tr('tabs.settings.save')}</Button>
      </div>
      <WhatIfPreview api={session.api} draft={draft} />
    </section>
  );
}
