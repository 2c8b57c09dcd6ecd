/**
 * The draft the settings page edits: the core settings as they are (their lists already suit a
 * form) and the Jira mapping with its name-keyed tables as rows (so a row can be renamed, or be
 * blank or a duplicate for a moment, without losing another). Converters both ways; the way back
 * reports rows it cannot save, as issues with the path of their name field.
 */
import { settingsObjectSchema, type Settings } from '../../../../src/core/index';
import { jiraMappingSchema, type JiraMapping } from '../../../../src/jira/settings/mapping';
import { recordToRows, rowsToRecord, type KeyRow } from '../../../shared/settings/converters';
import type { DraftUpdate } from '../../../shared/settings/draft';

type Levels = JiraMapping['priorities'][string];
type Status = JiraMapping['statuses'][string];

/** The Jira mapping with its name-keyed tables as rows. */
export interface JiraForm extends Omit<JiraMapping, 'priorities' | 'statuses'> {
  priorities: KeyRow<Levels>[];
  statuses: KeyRow<Status>[];
}

export interface AdminDraft {
  settings: Settings;
  jira: JiraForm;
}

/** What every section receives. */
export interface SectionProps {
  draft: AdminDraft;
  update: DraftUpdate<AdminDraft>;
}

/** A problem found before sending: where (a field path) and which catalogue message. */
export interface LocalIssue {
  path: string;
  key: string;
}

/** Path of the name field of row `i` of a mapping table (never produced by the server). */
export const rowKeyPath = (table: 'priorities' | 'statuses', i: number) => `jira.${table}.rows.${i}.key`;

/** The rows of one table that cannot be saved, in row order. */
function rowIssues(table: 'priorities' | 'statuses', out: { blank: number[]; duplicate: number[] }): LocalIssue[] {
  const found = [
    ...out.blank.map((i) => ({ i, key: 'settingsForms.blankName' })),
    ...out.duplicate.map((i) => ({ i, key: 'settingsForms.duplicateName' })),
  ].sort((a, b) => a.i - b.i);
  return found.map(({ i, key }) => ({ path: rowKeyPath(table, i), key }));
}

/**
 * The mapping as form rows.
 *
 * @example
 * toJiraForm(defaultMapping('PQRS')).statuses[0]; // { key: 'To Do', value: 'open' }
 */
export function toJiraForm(mapping: JiraMapping): JiraForm {
  return { ...mapping, priorities: recordToRows(mapping.priorities), statuses: recordToRows(mapping.statuses) };
}

/**
 * Form rows back to the mapping, or the rows whose name is blank or repeated.
 *
 * @example
 * fromJiraForm(toJiraForm(m)); // { ok: true, jira: m }
 */
export function fromJiraForm(form: JiraForm): { ok: true; jira: JiraMapping } | { ok: false; issues: LocalIssue[] } {
  const priorities = rowsToRecord(form.priorities);
  const statuses = rowsToRecord(form.statuses);
  const issues = [...rowIssues('priorities', priorities), ...rowIssues('statuses', statuses)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, jira: { ...form, priorities: priorities.record, statuses: statuses.record } };
}

/**
 * The loaded `{ settings, jira }` as a draft, or null when either does not have the schema's shape
 * (the page then says so instead of showing a form it cannot fill).
 */
export function toAdminDraft(loaded: { settings: unknown; jira: unknown }): AdminDraft | null {
  const settings = settingsObjectSchema.safeParse(loaded.settings);
  const jira = jiraMappingSchema.safeParse(loaded.jira);
  return settings.success && jira.success ? { settings: settings.data, jira: toJiraForm(jira.data) } : null;
}

/** The draft as the resolver takes it, or the local issues that keep it from being sent. */
export function fromAdminDraft(draft: AdminDraft): { ok: true; settings: Settings; jira: JiraMapping } | { ok: false; issues: LocalIssue[] } {
  const jira = fromJiraForm(draft.jira);
  return jira.ok ? { ok: true, settings: draft.settings, jira: jira.jira } : jira;
}
