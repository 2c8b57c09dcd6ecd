/**
 * The form's own checks before a round trip (required, lengths); the server validates again
 * with the core's IntakeRequestSchema and has the last word.
 */
export interface IntakeDraft {
  type: string;
  subject: string;
  description: string;
  impact: string;
  urgency: string;
}

export interface FieldProblem {
  key: string;
  params?: Record<string, number>;
}

const LIMITS: Partial<Record<keyof IntakeDraft, number>> = { subject: 200, description: 10_000 };

/**
 * @example
 * validateIntake({ type: 'queja', subject: ' ', description: 'x', impact: 'alta', urgency: 'baja' });
 * // { subject: { key: 'tabs.validation.required' } }
 */
export function validateIntake(draft: IntakeDraft): Partial<Record<keyof IntakeDraft, FieldProblem>> {
  const problems: Partial<Record<keyof IntakeDraft, FieldProblem>> = {};
  for (const field of ['type', 'subject', 'description', 'impact', 'urgency'] as const) {
    const value = draft[field].trim();
    const max = LIMITS[field];
    if (value === '') problems[field] = { key: 'tabs.validation.required' };
    else if (max !== undefined && value.length > max) problems[field] = { key: 'tabs.validation.tooLong', params: { max } };
  }
  return problems;
}
