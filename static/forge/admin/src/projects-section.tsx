/**
 * Enabled projects (checkboxes over the projects Jira lists, plus any enabled key Jira did not
 * list), the intake project of the web trigger and the issue type it files.
 */
import { useI18n } from '../../../shared/i18n/i18n-context';
import { CheckGroup, SelectInput, TextInput } from './form-kit';
import type { SectionProps } from './admin-draft';

export function ProjectsSection({ draft, update, projects }: SectionProps & { projects: readonly { id: string; key: string; name: string }[] }) {
  const { tr } = useI18n();
  const jira = draft.jira;
  const names = new Map(projects.map((p) => [p.key, p.name]));
  const keys = [...projects.map((p) => p.key), ...jira.enabledProjects.filter((k) => !names.has(k))];
  const label = (key: string) => (names.has(key) ? `${names.get(key) ?? key} (${key})` : key);
  return (
    <>
      <p className="fx-subtle">{tr('forgeUi.admin.projectsHint')}</p>
      {keys.length === 0 && <p>{tr('forgeUi.admin.noProjects')}</p>}
      <CheckGroup path="jira.enabledProjects" label={tr('forgeUi.admin.projects')} options={keys} value={jira.enabledProjects} labelOf={label}
        onChange={(v) => update((d) => { d.jira.enabledProjects = v; })} />
      <div className="fx-row">
        <SelectInput path="jira.intakeProject" label={tr('settingsForms.intakeProject')} hint={tr('settingsForms.intakeProjectHint')}
          value={jira.intakeProject ?? ''}
          options={[{ value: '', label: tr('settingsForms.none') }, ...keys.map((k) => ({ value: k, label: label(k) }))]}
          onChange={(v) => update((d) => { d.jira.intakeProject = v === '' ? null : v; })} />
        <TextInput path="jira.intakeIssueType" label={tr('settingsForms.intakeIssueType')} value={jira.intakeIssueType}
          onChange={(v) => update((d) => { d.jira.intakeIssueType = v; })} />
      </div>
    </>
  );
}
