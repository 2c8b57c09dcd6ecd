/**
 * The filing number (número de radicado) of a request: `PQRS-<year>-<6-digit sequence>`.
 *
 * @example
 * formatRadicado(2026, 123); // 'PQRS-2026-000123'
 */
export function formatRadicado(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`radicado year must be 4 digits, got ${year}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new Error(`radicado sequence must be 1–999999, got ${seq}`);
  return `PQRS-${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * Parses a radicado; `null` when `s` is not one (surrounding spaces and letter case are ignored).
 *
 * @example
 * parseRadicado('PQRS-2026-000123'); // { year: 2026, seq: 123 }
 * parseRadicado('PQRS-26-1');        // null
 */
export function parseRadicado(s: string): { year: number; seq: number } | null {
  const m = /^PQRS-(\d{4})-(\d{6})$/i.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (seq < 1 || year < 1000) return null;
  return { year, seq };
}
