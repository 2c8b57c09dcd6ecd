/**
 * Filing a request from the intake card (ADR 0053, ADR 0088). A form sent by the bot carries a
 * one-time `formId`; every submit of that form (a double click on the Action.Submit fallback, a
 * repeated Action.Execute) maps to the same intake key, so it files one ticket and each answer is
 * the same acknowledgement. Cards without a token (sent before tokens existed) keep the activity-id
 * key, which still absorbs Teams' retries of one activity.
 */
import { t } from '../../core/index';
import {
  ackCard, FormTokenSchema, INTAKE_FIELDS, intakeFormCard, messageCard, SUBMIT_SCHEMAS, VERBS, type AdaptiveCard,
  type IntakeField,
} from '../cards/index';
import { serviceErrorBody } from '../service/errors';
import type { TicketService } from '../service/types';
import { intakeKeyOf, type TurnInfo } from './turn';

/** How the answer is shown: `invoke` replaces the clicked card (Action.Execute), `message` is a new reply. */
export type AnswerMode = 'invoke' | 'message';

/**
 * The intake key of a submitted form: `form:<conversation>:<formId>` with a token, else the
 * activity-id key.
 *
 * @example
 * formIntakeKey('a:conv-1', 'act-9', 'f0rm-token-1'); // 'form:a:conv-1:f0rm-token-1'
 * formIntakeKey('a:conv-1', 'act-9', undefined);      // 'teams:a:conv-1:act-9'
 */
export function formIntakeKey(conversationId: string, activityId: string, formId: string | undefined): string {
  return formId === undefined ? intakeKeyOf(conversationId, activityId) : `form:${conversationId}:${formId}`;
}

function fieldErrors(turn: TurnInfo, paths: string[]): Partial<Record<IntakeField, string>> {
  const errors: Partial<Record<IntakeField, string>> = {};
  for (const field of INTAKE_FIELDS) {
    if (paths.includes(field)) errors[field] = t(turn.locale, `bot.form.error.${field}`);
  }
  return errors;
}

function formValues(data: unknown): Partial<Record<IntakeField, string>> {
  const values: Partial<Record<IntakeField, string>> = {};
  if (data === null || typeof data !== 'object') return values;
  for (const field of INTAKE_FIELDS) {
    const value: unknown = Reflect.get(data, field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/**
 * Files the submitted form, or shows it again with its errors (same token). With a token the
 * acknowledgement does not depend on which click filed the ticket; after Action.Execute it is the
 * read-only card that replaces the form.
 */
export async function fileFromCard(tickets: TicketService, turn: TurnInfo, data: unknown, mode: AnswerMode): Promise<AdaptiveCard> {
  const token = FormTokenSchema.safeParse(data);
  if (!token.success) return messageCard(t(turn.locale, 'botReliability.form.invalidToken'), 'attention');
  const { formId } = token.data;
  const again = (errors: Partial<Record<IntakeField, string>>) =>
    intakeFormCard(turn.locale, { values: formValues(data), errors, ...(formId === undefined ? {} : { formId }) });
  const parsed = SUBMIT_SCHEMAS[VERBS.intakeSubmit].safeParse(data);
  if (!parsed.success) return again(fieldErrors(turn, parsed.error.issues.map((issue) => String(issue.path[0] ?? ''))));
  const intake = { ...parsed.data, channel: 'teams' as const, requester: { name: turn.actor.name, email: turn.actor.email } };
  const key = formIntakeKey(turn.conversationId, turn.activityId, formId);
  const result = await turn.filing(() => tickets.fileTicket(intake, turn.actor, key, turn.locale));
  if (result.ok) {
    const created = formId === undefined ? result.value.created : true;
    return ackCard(turn.locale, result.value.ticket, created, { formSent: mode === 'invoke' });
  }
  const errors = fieldErrors(turn, (result.error.issues ?? []).map((issue) => issue.path.split('.')[0] ?? ''));
  if (result.error.code === 'invalid_request' && Object.keys(errors).length > 0) return again(errors);
  return messageCard(serviceErrorBody(result.error, turn.locale).error.message, 'attention');
}
