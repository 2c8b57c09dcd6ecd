/** JSON-lines logger. Fields carry ids and codes only — never names, e-mails, texts or secrets. */
import type { Logger } from './http/handler';

type Fields = Record<string, unknown>;

/**
 * A logger writing one JSON object per line (`level`, `msg`, fields) to `write`.
 *
 * @example
 * const log = jsonLogger((line) => process.stderr.write(line)); log.info('started', { port: 3978 });
 */
export function jsonLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const emit = (level: string, msg: string, fields?: Fields) =>
    write(`${JSON.stringify({ at: now().toISOString(), level, msg, ...fields })}\n`);
  return {
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}

/** A logger that keeps lines in memory (tests). */
export function memoryLogger(): Logger & { lines: { level: string; msg: string; fields?: Fields }[] } {
  const lines: { level: string; msg: string; fields?: Fields }[] = [];
  return {
    lines,
    info: (msg, fields) => lines.push({ level: 'info', msg, ...(fields && { fields }) }),
    warn: (msg, fields) => lines.push({ level: 'warn', msg, ...(fields && { fields }) }),
    error: (msg, fields) => lines.push({ level: 'error', msg, ...(fields && { fields }) }),
  };
}
