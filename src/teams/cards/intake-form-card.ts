import { LEVELS, PQRS_KINDS, t, type Locale } from '../../core/index';
import { card, errorText, execute, heading, text } from './elements';
import { kindLabel, levelLabel } from './labels';
import type { AdaptiveCard, CardData, CardElement } from './types';
import { VERBS, type IntakeForm } from './verbs';

/** The form's fields, in order; each is an input id and a key of {@link IntakeForm}. */
export const INTAKE_FIELDS = ['type', 'subject', 'description', 'impact', 'urgency'] as const satisfies readonly (keyof IntakeForm)[];
export type IntakeField = (typeof INTAKE_FIELDS)[number];

/** What the form shows again after a rejected submit. */
export interface IntakeFormState {
  values?: Partial<Record<IntakeField, string>>;
  errors?: Partial<Record<IntakeField, string>>;
  /**
   * The form's one-time token (ADR 0088), sent back in the submit action's `data`: every submit of
   * this form (double clicks, Action.Execute retries) files one ticket.
   */
  formId?: string;
}

/**
 * The "new request" form: type, subject, description, impact, urgency. Client-side validation
 * (`isRequired`, `maxLength`) mirrors the intake schema; the bot validates again on submit and
 * shows the card again with `state.errors` under the fields.
 *
 * @example
 * intakeFormCard('en', { errors: { subject: 'Write a subject.' } });
 */
export function intakeFormCard(locale: Locale, state: IntakeFormState = {}): AdaptiveCard {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const withError = (field: IntakeField, input: CardElement): CardElement[] => {
    const message = errors[field];
    return message ? [input, errorText(message)] : [input];
  };
  const levelChoices = LEVELS.map((level) => ({ title: levelLabel(locale, level), value: level }));
  const body: CardElement[] = [
    heading(t(locale, 'bot.form.title')),
    text(t(locale, 'bot.form.intro'), { isSubtle: true }),
    ...(Object.keys(errors).length > 0 ? [errorText(t(locale, 'bot.form.errors'))] : []),
    ...withError('type', {
      type: 'Input.ChoiceSet',
      id: 'type',
      label: t(locale, 'bot.form.type'),
      style: 'compact',
      isRequired: true,
      errorMessage: t(locale, 'bot.form.error.type'),
      choices: PQRS_KINDS.map((kind) => ({ title: kindLabel(locale, kind), value: kind })),
      value: values.type ?? 'peticion',
    }),
    ...withError('subject', {
      type: 'Input.Text',
      id: 'subject',
      label: t(locale, 'bot.form.subject'),
      isRequired: true,
      maxLength: 200,
      errorMessage: t(locale, 'bot.form.error.subject'),
      value: values.subject ?? '',
    }),
    ...withError('description', {
      type: 'Input.Text',
      id: 'description',
      label: t(locale, 'bot.form.description'),
      isMultiline: true,
      isRequired: true,
      maxLength: 10_000,
      errorMessage: t(locale, 'bot.form.error.description'),
      value: values.description ?? '',
    }),
    ...withError('impact', {
      type: 'Input.ChoiceSet',
      id: 'impact',
      label: t(locale, 'bot.form.impact'),
      style: 'compact',
      isRequired: true,
      errorMessage: t(locale, 'bot.form.error.impact'),
      choices: levelChoices,
      value: values.impact ?? 'media',
    }),
    ...withError('urgency', {
      type: 'Input.ChoiceSet',
      id: 'urgency',
      label: t(locale, 'bot.form.urgency'),
      style: 'compact',
      isRequired: true,
      errorMessage: t(locale, 'bot.form.error.urgency'),
      choices: levelChoices,
      value: values.urgency ?? 'media',
    }),
  ];
  const data: CardData = state.formId === undefined ? {} : { formId: state.formId };
  return card(body, [execute(VERBS.intakeSubmit, t(locale, 'bot.form.submit'), data, 'positive')]);
}
