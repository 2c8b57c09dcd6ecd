/**
 * Building blocks of the settings forms (Fluent): fields that show the server's 422 issue whose
 * path matches theirs (static/shared/settings: either path spelling) next to the control (Fluent `Field` ties the
 * message to the input with aria-describedby / aria-invalid).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Dropdown, Field, Input, Option, SpinButton, makeStyles } from '@fluentui/react-components';
import type { Settings } from '../../../src/core/index';
import { useI18n } from '../../shared/i18n/i18n-context';
import { parseWhole, splitList } from '../../shared/settings/converters';
import type { DraftUpdate as DraftUpdateOf } from '../../shared/settings/draft';
import { useFieldIssues } from '../../shared/settings/issues-context';

export { IssuesContext } from '../../shared/settings/issues-context';
export { issuesByPath } from '../../shared/settings/issue-paths';
export { parseWhole, splitList };

/** Applies an edit to a copy of the settings draft (the callback mutates the copy). */
export type DraftUpdate = DraftUpdateOf<Settings>;

const useKitStyles = makeStyles({
  /** Read by screen readers, not shown (the table header says it). */
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

interface PathFieldProps {
  path: string;
  label: string;
  /** Keep the label for assistive technology only. */
  hideLabel?: boolean;
  hint?: string;
  /** A message found in the browser before saving (e.g. an unknown time zone). */
  localError?: string | null;
  children: ReactNode;
}

/** A labelled field showing the server's messages for `path` (and a local one) under the control. */
export function PathField({ path, label, hideLabel, hint, localError, children }: PathFieldProps) {
  const styles = useKitStyles();
  const server = useFieldIssues(path);
  const messages = [...(localError ? [localError] : []), ...server];
  return (
    <Field
      label={hideLabel ? { children: label, className: styles.hidden } : label}
      hint={hint}
      data-path={path}
      validationState={messages.length > 0 ? 'error' : 'none'}
      validationMessage={messages.length > 0 ? messages.join(' ') : undefined}
    >
      {children}
    </Field>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  type?: 'text' | 'email' | 'date' | 'time';
  localError?: string | null;
  list?: string;
}

/** A text input bound to one path of the draft. */
export function TextField({ path, label, value, onChange, hint, type = 'text', localError, list }: TextFieldProps) {
  return (
    <PathField path={path} label={label} hint={hint} localError={localError}>
      <Input type={type} value={value} list={list} onChange={(_, d) => onChange(d.value)} />
    </PathField>
  );
}

/** Comma-separated text ⇄ list of strings (blank items dropped). */
export function ListField({ path, label, value, onChange, hint }: Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const [text, setText] = useState(value.join(', '));
  useEffect(() => {
    if (splitList(text).join(',') !== value.join(',')) setText(value.join(', '));
  }, [value]);
  return (
    <PathField path={path} label={label} hint={hint}>
      <Input value={text} onChange={(_, d) => { setText(d.value); onChange(splitList(d.value)); }} />
    </PathField>
  );
}

/** A whole number typed freely; only valid values reach the draft, others show a message. */
export function NumberField({ path, label, hideLabel, value, onChange, hint, min = 0, allowEmpty = false }: {
  path: string;
  label: string;
  hideLabel?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
  hint?: string;
  min?: number;
  allowEmpty?: boolean;
}) {
  const { tr } = useI18n();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    if (parseWhole(text, min, allowEmpty) !== value) setText(value === null ? '' : String(value));
  }, [value]);
  const parsed = parseWhole(text, min, allowEmpty);
  return (
    <PathField path={path} label={label} hideLabel={hideLabel} hint={hint} localError={parsed === undefined ? tr('tabs.settings.wholeNumber', { min }) : null}>
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        step={1}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const next = parseWhole(d.value, min, allowEmpty);
          if (next !== undefined) onChange(next);
        }}
      />
    </PathField>
  );
}

/** A percentage with steppers (escalation thresholds). */
export function PercentField({ path, label, value, onChange }: { path: string; label: string; value: number; onChange: (v: number) => void }) {
  return (
    <PathField path={path} label={label}>
      <SpinButton
        value={value}
        min={1}
        max={1000}
        step={5}
        onChange={(_, d) => {
          const n = d.value ?? (d.displayValue !== undefined ? Number(d.displayValue) : NaN);
          if (Number.isFinite(n) && n > 0) onChange(n);
        }}
      />
    </PathField>
  );
}

/** Pick several of a fixed list; empty means "any". */
export function MultiPick({ path, label, options, value, onChange, labelOf, hint }: {
  path: string;
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  labelOf: (option: string) => string;
  hint?: string;
}) {
  const { tr } = useI18n();
  return (
    <PathField path={path} label={label} hint={hint}>
      <Dropdown
        multiselect
        placeholder={tr('tabs.settings.any')}
        value={value.map(labelOf).join(', ')}
        selectedOptions={[...value]}
        onOptionSelect={(_, d) => onChange(options.filter((o) => d.selectedOptions.includes(o)))}
      >
        {options.map((o) => <Option key={o} value={o}>{labelOf(o)}</Option>)}
      </Dropdown>
    </PathField>
  );
}
