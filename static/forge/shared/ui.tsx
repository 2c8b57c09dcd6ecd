/**
 * The few building blocks the three apps share, as native elements styled with Atlassian design
 * tokens (forge.css; see docs/decisions/0070): button, lozenge, section message, field, spinner.
 */
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { t, type Locale } from '../../../src/core/index';
import { InvokeError } from './invoke-error';

export type ButtonAppearance = 'default' | 'primary' | 'subtle' | 'danger';

/** Atlaskit-like button. */
export function Button({ appearance = 'default', className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: ButtonAppearance }) {
  return <button type="button" {...rest} className={`fx-button fx-button--${appearance}${className ? ` ${className}` : ''}`} />;
}

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'moved' | 'new';

/** Atlaskit-like lozenge (status pill). */
export function Lozenge({ appearance = 'default', children, testId }: { appearance?: LozengeAppearance; children: ReactNode; testId?: string }) {
  return <span className={`fx-lozenge fx-lozenge--${appearance}`} data-testid={testId}>{children}</span>;
}

export type MessageAppearance = 'information' | 'success' | 'warning' | 'error';

/** Atlaskit-like section message; errors are announced (`role="alert"`). */
export function SectionMessage({ appearance = 'information', title, children, testId }: {
  appearance?: MessageAppearance; title?: string; children?: ReactNode; testId?: string;
}) {
  return (
    <div className={`fx-message fx-message--${appearance}`} role={appearance === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {title !== undefined && <strong className="fx-message__title">{title}</strong>}
      {children !== undefined && <div>{children}</div>}
    </div>
  );
}

/**
 * The text to show for a failure: the resolver's own message (already in the user's language),
 * or a localized sentence for transport problems.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof InvokeError) {
    if (error.code === 'bridge') return t(locale, 'forgeUi.error.bridge', { detail: error.message });
    if (error.code === 'bad_response') return t(locale, 'forgeUi.error.bad_response', { detail: error.message });
    return error.message;
  }
  return t(locale, 'common.error.unexpected');
}

/** An error as a section message, with an optional retry. */
export function ErrorMessage({ error, locale, onRetry, testId }: { error: unknown; locale: Locale; onRetry?: () => void; testId?: string }) {
  return (
    <SectionMessage appearance="error" title={t(locale, 'forgeUi.error.title')} testId={testId}>
      <p>{errorText(error, locale)}</p>
      {onRetry && <Button onClick={onRetry}>{t(locale, 'forgeUi.retry')}</Button>}
    </SectionMessage>
  );
}

/** Loading indicator. */
export function Spinner({ locale }: { locale: Locale }) {
  return <p className="fx-spinner" role="status" aria-busy="true">{t(locale, 'forgeUi.loading')}</p>;
}

/** A labelled form field with hint and error (the error names the field through its label). */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <div className={`fx-field${error ? ' fx-field--invalid' : ''}`}>
      <label htmlFor={id} className="fx-field__label">{label}</label>
      {children}
      {hint && <small className="fx-field__hint">{hint}</small>}
      {error && <small className="fx-field__error" role="alert" id={`${id}-error`}>{error}</small>}
    </div>
  );
}

/** A native select over `options` with an optional "all" entry (value ''). */
export function Select({ id, value, options, onChange, allLabel }: {
  id: string; value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void; allLabel?: string;
}) {
  return (
    <select id={id} className="fx-input" value={value} onChange={(e) => onChange(e.target.value)}>
      {allLabel !== undefined && <option value="">{allLabel}</option>}
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}
