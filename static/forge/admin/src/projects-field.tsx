/**
 * Enabled projects as checkboxes over the projects Jira lists, bound to the project keys list in
 * the draft (`jira.enabledProjects`, or a top-level `enabledProjects`).
 */
import { useI18n } from '../../../shared/i18n/i18n-context';
import { enabledProjectsOf, jiraSection } from './enabled-projects';
import type { Section } from './settings-draft';

export function ProjectsField({ projects, sections, onEdit }: {
  projects: readonly { id: string; key: string; name: string }[]; sections: readonly Section[]; onEdit: (key: string, text: string) => void;
}) {
  const { tr } = useI18n();
  const bound = enabledProjectsOf(sections);
  const toggle = (projectKey: string, on: boolean) => {
    if (bound === null) return;
    const keys = on ? [...new Set([...bound.keys, projectKey])] : bound.keys.filter((k) => k !== projectKey);
    const section = sections.find((s) => s.key === bound.key);
    if (section === undefined) return;
    if (!bound.nested) { onEdit(bound.key, JSON.stringify(keys, null, 2)); return; }
    const current = jiraSection.parse(JSON.parse(section.text));
    onEdit(bound.key, JSON.stringify({ ...current, enabledProjects: keys }, null, 2));
  };
  return (
    <section className="fx-card" data-testid="projects">
      <h2 style={{ marginTop: 0 }}>{tr('forgeUi.admin.projects')}</h2>
      <p className="fx-subtle">{tr('forgeUi.admin.projectsHint')}</p>
      {projects.length === 0 && <p>{tr('forgeUi.admin.noProjects')}</p>}
      <div className="fx-row">
        {projects.map((p) => (
          <label key={p.id} style={{ display: 'inline-flex', gap: 4, alignItems: 'center', marginRight: 12 }}>
            <input type="checkbox" disabled={bound === null} checked={bound?.keys.includes(p.key) ?? false} onChange={(e) => toggle(p.key, e.target.checked)} />
            {p.name} ({p.key})
          </label>
        ))}
      </div>
    </section>
  );
}
