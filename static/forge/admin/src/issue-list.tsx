/**
 * The issues of a rejected save or preview as one announced list; each names its field and moves
 * the focus to it (opening its section) (the same message also sits next to the field).
 */
import { useI18n } from '../../../shared/i18n/i18n-context';
import { normalizePath, type FieldIssue } from '../../../shared/settings/issue-paths';
import { SectionMessage } from '../../shared/ui';

/** Focuses the control of the field showing `path`; false when the form has no such field. */
export function focusPath(path: string): boolean {
  const key = normalizePath(path);
  const field = Array.from(document.querySelectorAll<HTMLElement>('[data-path]')).find((el) => el.dataset.path === key);
  const control = field?.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
  return control !== undefined && control !== null;
}

export function IssueList({ issues, onPick }: { issues: readonly FieldIssue[]; onPick: (path: string) => void }) {
  const { tr } = useI18n();
  return (
    <SectionMessage appearance="error" title={tr('forgeUi.admin.issuesTitle')} testId="settings-issues">
      <ul>
        {issues.map((i) => (
          <li key={`${i.path}:${i.message}`}>
            <button type="button" className="fx-button fx-button--subtle" onClick={() => onPick(i.path)}>
              {tr('forgeUi.admin.fieldIssue', { field: i.path, message: i.message })}
            </button>
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}
