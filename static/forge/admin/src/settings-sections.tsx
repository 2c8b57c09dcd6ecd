/**
 * The page's sections as tabs (WAI-ARIA tabs: arrow keys, Home/End move between them), each label
 * with a count of the issues that fall in it; only the chosen section's form is shown.
 */
import { useContext, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { countUnder, normalizePath } from '../../../shared/settings/issue-paths';
import { IssuesContext } from '../../../shared/settings/issues-context';
import type { SectionProps } from './admin-draft';
import { AgentsSection } from './agents-section';
import { CalendarsSection } from './calendars-section';
import { EscalationSection } from './escalation-section';
import { GeneralSection } from './general-section';
import { MappingSection } from './mapping-section';
import { PoliciesSection } from './policies-section';
import { ProjectsSection } from './projects-section';
import { TiersSection } from './tiers-section';

type Props = SectionProps & { projects: readonly { id: string; key: string; name: string }[]; year: number };

/** Section key, catalogue key of its title, the settings paths it covers, and its form. */
const SECTIONS: readonly { key: string; title: string; paths: readonly string[]; render: (p: Props) => ReactNode }[] = [
  { key: 'projects', title: 'forgeUi.admin.projects', paths: ['jira.enabledProjects', 'jira.intakeProject', 'jira.intakeIssueType'], render: (p) => <ProjectsSection {...p} /> },
  { key: 'mapping', title: 'forgeUi.admin.section.mapping', paths: ['jira.typeLabelPrefix', 'jira.defaultType', 'jira.impactLabelPrefix', 'jira.urgencyLabelPrefix', 'jira.priorities', 'jira.jiraPriorityOf', 'jira.statuses', 'jira.typeField', 'jira.impactField', 'jira.urgencyField'], render: (p) => <MappingSection {...p} /> },
  { key: 'slaPolicies', title: 'forgeUi.admin.section.policies', paths: ['slaPolicies'], render: (p) => <PoliciesSection {...p} /> },
  { key: 'calendars', title: 'forgeUi.admin.section.calendars', paths: ['calendars'], render: (p) => <CalendarsSection {...p} /> },
  { key: 'escalationRules', title: 'forgeUi.admin.section.escalation', paths: ['escalationRules'], render: (p) => <EscalationSection {...p} /> },
  { key: 'tiers', title: 'forgeUi.admin.section.tiers', paths: ['tiers', 'initialTier'], render: (p) => <TiersSection {...p} /> },
  { key: 'general', title: 'tabs.settings.section.general', paths: ['routing', 'legal', 'priorityMatrix', 'admins'], render: (p) => <GeneralSection {...p} /> },
  { key: 'agents', title: 'tabs.settings.section.agents', paths: ['agents'], render: (p) => <AgentsSection {...p} /> },
];

/** The first section key. */
export const FIRST_SECTION = 'projects';

/**
 * The section whose form shows `path`, or null (e.g. `(settings)`).
 *
 * @example
 * sectionForPath('jira.statuses.Done'); // 'mapping'
 */
export function sectionForPath(path: string): string | null {
  const p = normalizePath(path);
  return SECTIONS.find((s) => s.paths.some((x) => p === x || p.startsWith(`${x}.`)))?.key ?? null;
}

export function SettingsSections({ active, onSelect, ...props }: Props & { active: string; onSelect: (key: string) => void }) {
  const { tr } = useI18n();
  const byPath = useContext(IssuesContext);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = SECTIONS.find((s) => s.key === active) ?? SECTIONS[0];
  const move = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? SECTIONS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + SECTIONS.length) % SECTIONS.length;
    const s = SECTIONS[j];
    if (s) { onSelect(s.key); tabs.current[j]?.focus(); }
  };
  return (
    <>
      <div role="tablist" aria-label={tr('settingsForms.sections')} className="fx-tabs">
        {SECTIONS.map((s, i) => {
          const count = s.paths.reduce((n, p) => n + countUnder(byPath, p), 0);
          const selected = s.key === current?.key;
          return (
            <button key={s.key} ref={(el) => { tabs.current[i] = el; }} type="button" role="tab" id={`tab-${s.key}`} data-testid={`tab-${s.key}`}
              aria-selected={selected} aria-controls={selected ? `section-${s.key}` : undefined} tabIndex={selected ? 0 : -1}
              onClick={() => onSelect(s.key)} onKeyDown={(e) => move(e, i)}>
              {tr(s.title)}
              {count > 0 && <span className="fx-badge">{tr('settingsForms.issueCount', { n: count })}</span>}
            </button>
          );
        })}
      </div>
      {current && (
        <section id={`section-${current.key}`} data-testid={`section-${current.key}`} role="tabpanel" aria-labelledby={`tab-${current.key}`} className="fx-section">
          {current.render(props)}
        </section>
      )}
    </>
  );
}
