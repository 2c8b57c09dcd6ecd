/** Jira's timestamps (`2026-03-02T09:00:00.000-0500`: offsets without a colon) read as instants. */

/**
 * Epoch milliseconds of a Jira timestamp (NaN when it is not one).
 *
 * @example
 * jiraMs('2026-03-02T09:00:00.000-0500'); // 1772460000000
 */
export function jiraMs(value: string): number {
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/**
 * Jira's `+0000` offsets as ISO-8601 (`+00:00`), or null.
 *
 * @example
 * jiraInstant('2026-03-02T09:00:00.000-0500'); // '2026-03-02T14:00:00.000Z'
 */
export function jiraInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = jiraMs(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
