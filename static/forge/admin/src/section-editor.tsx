/**
 * One settings section as a JSON text in a native disclosure (`<details>`), with the validation
 * issues that fall in it, each naming its field. A section with issues opens by itself.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { Field } from '../../shared/ui';
import { sectionOf, type Section } from './settings-draft';

export function SectionEditor({ section, title, issues, onEdit, children }: {
  section: Section; title: string; issues: readonly { path: string; message: string }[];
  onEdit: (key: string, text: string) => void; children?: ReactNode;
}) {
  const { tr } = useI18n();
  const mine = issues.filter((i) => sectionOf(i.path) === section.key);
  const [open, setOpen] = useState(false);
  useEffect(() => { if (mine.length > 0) setOpen(true); }, [mine.length]);
  const id = `section-${section.key}`;
  const rows = Math.min(18, Math.max(3, section.text.split('\n').length));
  return (
    <details className="fx-card" id={id} data-testid={id} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="fx-summary">
        <strong>{title}</strong>
        {mine.length > 0 && <span className="fx-danger-text"> · {mine.length}</span>}
      </summary>
      <Field id={id + '-text'} label={section.key} hint={tr('forgeUi.admin.sectionHint')}
        error={mine.length > 0 ? mine.map((i) => tr('forgeUi.admin.fieldIssue', { field: i.path, message: i.message })).join(' · ') : null}>
        <textarea id={id + '-text'} className="fx-input" rows={rows} spellCheck={false} value={section.text}
          aria-invalid={mine.length > 0} onChange={(e) => onEdit(section.key, e.target.value)} />
      </Field>
      {children}
    </details>
  );
}
