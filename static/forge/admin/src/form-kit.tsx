/**
 * Form controls of the settings page: native inputs styled with the Atlassian tokens (forge.css),
 * each with a `<label for>`, an optional hint, and the messages for its settings path (server
 * issues from `IssuesContext`, plus one found in the browser) next to it — tied to the control with
 * `aria-describedby` / `aria-invalid` and announced (`role="alert"`).
 */
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { parseWhole, splitList, joinList } from '../../../shared/settings/converters';
import { useFieldIssues } from '../../../shared/settings/issues-context';
import { normalizePath } from '../../../shared/settings/issue-paths';
import { useI18n } from '../../../shared/i18n/i18n-context';

/** Where fields report a value the browser already knows is wrong (the page then does not send). */
export const LocalErrorsContext = createContext<(path: string, invalid: boolean) => void>(() => undefined);

function useReportLocal(path: string, invalid: boolean): void {
  const report = useContext(LocalErrorsContext);
  useEffect(() => {
    report(path, invalid);
    return () => report(path, false);
  }, [path, invalid, report]);
}

/** What a control needs to be tied to its label, hint and messages. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  /** A message found in the browser (e.g. an unknown time zone). */
  localError?: string | null;
  /** Keep the label for assistive technology only (table cells). */
  hideLabel?: boolean;
}

/** A labelled field; `children` renders the control with the props that tie it to its messages. */
export function PathField({ path, label, hint, localError, hideLabel, children }: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  useReportLocal(path, Boolean(localError));
  const messages = [...(localError ? [localError] : []), ...useFieldIssues(path)];
  const hintId = hint ? `${id}-hint` : null;
  const errorId = messages.length > 0 ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter((x) => x !== null).join(' ') || undefined;
  return (
    <div className={`fx-field${messages.length > 0 ? ' fx-field--invalid' : ''}`} data-path={normalizePath(path)}>
      <label htmlFor={id} className={hideLabel ? 'fx-sr-only' : 'fx-field__label'}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': describedBy })}
      {hintId && <small id={hintId} className="fx-field__hint">{hint}</small>}
      {errorId && <small id={errorId} className="fx-field__error" role="alert">{messages.join(' ')}</small>}
    </div>
  );
}

/** A text input bound to one settings path. */
export function TextInput({ value, onChange, type = 'text', list, ...field }: FieldProps & {
  value: string; onChange: (value: string) => void; type?: 'text' | 'date' | 'time'; list?: string;
}) {
  return (
    <PathField {...field}>
      {(c) => <input {...c} className="fx-input" type={type} list={list} value={value} onChange={(e) => onChange(e.target.value)} />}
    </PathField>
  );
}

/** A native select over `options`. */
export function SelectInput({ value, options, onChange, disabled, ...field }: FieldProps & {
  value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void; disabled?: boolean;
}) {
  return (
    <PathField {...field}>
      {(c) => (
        <select {...c} className="fx-input" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </PathField>
  );
}

/**
 * A whole number typed freely: only valid values reach the draft; anything else (blank, negative,
 * a fraction) shows a message next to the field until corrected.
 */
export function NumberInput({ value, onChange, min = 0, max, allowEmpty = false, ...field }: FieldProps & {
  value: number | null; onChange: (value: number | null) => void; min?: number; max?: number; allowEmpty?: boolean;
}) {
  const { tr } = useI18n();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    if (parseWhole(text, min, allowEmpty) !== value) setText(value === null ? '' : String(value));
  }, [value]); // resync only when the draft changes
  const parsed = parseWhole(text, min, allowEmpty);
  const ok = parsed !== undefined && (max === undefined || parsed === null || parsed <= max);
  return (
    <PathField {...field} localError={ok ? field.localError : tr('tabs.settings.wholeNumber', { min })}>
      {(c) => (
        <input {...c} className="fx-input fx-input--number" type="number" inputMode="numeric" min={min} max={max} step={1} value={text}
          onChange={(e) => {
            setText(e.target.value);
            const next = parseWhole(e.target.value, min, allowEmpty);
            if (next !== undefined && (max === undefined || next === null || next <= max)) onChange(next);
          }} />
      )}
    </PathField>
  );
}

/** Comma-separated text ⇄ list of strings. */
export function ListInput({ value, onChange, ...field }: FieldProps & { value: readonly string[]; onChange: (value: string[]) => void }) {
  const [text, setText] = useState(joinList(value));
  useEffect(() => {
    if (joinList(splitList(text)) !== joinList(value)) setText(joinList(value));
  }, [value]); // resync only when the draft changes
  return (
    <PathField {...field}>
      {(c) => <input {...c} className="fx-input" value={text} onChange={(e) => { setText(e.target.value); onChange(splitList(e.target.value)); }} />}
    </PathField>
  );
}

/** Several checkboxes in a fieldset (its legend is the label); `value` keeps `options` order. */
export function CheckGroup<T extends string>({ path, label, hint, options, value, labelOf, onChange }: {
  path: string; label: string; hint?: string; options: readonly T[]; value: readonly string[]; labelOf: (v: T) => string; onChange: (value: T[]) => void;
}) {
  const id = useId();
  const messages = useFieldIssues(path);
  const describedBy = [messages.length > 0 ? `${id}-error` : null, hint ? `${id}-hint` : null].filter((x) => x !== null).join(' ') || undefined;
  return (
    <fieldset className={`fx-fieldset${messages.length > 0 ? ' fx-field--invalid' : ''}`} data-path={normalizePath(path)} aria-describedby={describedBy}>
      <legend className="fx-field__label">{label}</legend>
      <div className="fx-checks">
        {options.map((o) => (
          <label key={o} className="fx-check">
            <input type="checkbox" checked={value.includes(o)}
              onChange={(e) => onChange(options.filter((x) => (x === o ? e.target.checked : value.includes(x))))} />
            {labelOf(o)}
          </label>
        ))}
      </div>
      {hint && <small id={`${id}-hint`} className="fx-field__hint">{hint}</small>}
      {messages.length > 0 && <small id={`${id}-error`} className="fx-field__error" role="alert">{messages.join(' ')}</small>}
    </fieldset>
  );
}

/** A titled card for one item of a list (a calendar, a policy, an agent). */
export function Card({ title, children, ...data }: { title: string; children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <section className="fx-card fx-item" aria-label={title} {...data}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
