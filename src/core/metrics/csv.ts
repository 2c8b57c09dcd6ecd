/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading/trailing
 * spaces, with quotes doubled; a leading `=`, `+`, `-` or `@` on text is prefixed with `'` so
 * spreadsheets do not run it as a formula.
 *
 * @example
 * csvField('a,b');   // '"a,b"'
 * csvField('dijo "no"'); // '"dijo ""no"""'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV document: header and rows, CRLF line ends, final CRLF.
 *
 * @example
 * toCsv(['a', 'b'], [[1, 'x,y']]); // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
