/** Text commands, in Spanish and English, parsed into a small union (pure). */
import type { Tier } from '../service/types';

export type Command =
  | { kind: 'help' }
  | { kind: 'new' }
  | { kind: 'mine' }
  | { kind: 'status'; number: string | null }
  | { kind: 'queue'; tier: Tier | null }
  | { kind: 'alerts'; tier: Tier | null }
  | { kind: 'pulse' }
  | { kind: 'unknown' };

const HELP = new Set(['', 'hola', 'hi', 'hello', 'ayuda', 'help', 'inicio', 'start', 'menu', 'buenos dias', 'buenas']);
const NEW = new Set(['nueva solicitud', 'nueva', 'nueva pqrs', 'radicar', 'new request', 'new']);
const MINE = new Set(['mis solicitudes', 'mis pqrs', 'mis tickets', 'my requests', 'my tickets']);
const PULSE = new Set(['pulso', 'pulse']);
const RADICADO = /\bpqrs-\d{4}-\d{1,9}\b/i;

/** Lower case, no accents, no @mentions, single spaces, no leading slash or trailing punctuation. */
export function normalize(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\//, '')
    .replace(/[.!?¡¿]+$/g, '')
    .trim();
}

const TIER_WORDS: Readonly<Record<string, Tier>> = { n1: 'N1', n2: 'N2', n3: 'N3', n4: 'N4' };

function tierOf(word: string | undefined): Tier | null {
  return word === undefined ? null : (TIER_WORDS[word] ?? null);
}

/**
 * The command a message asks for.
 *
 * @example
 * parseCommand('Estado PQRS-2026-000123'); // { kind: 'status', number: 'PQRS-2026-000123' }
 * parseCommand('queue n2');                // { kind: 'queue', tier: 'N2' }
 */
export function parseCommand(text: string): Command {
  const n = normalize(text);
  if (HELP.has(n)) return { kind: 'help' };
  if (NEW.has(n)) return { kind: 'new' };
  if (MINE.has(n)) return { kind: 'mine' };
  if (PULSE.has(n)) return { kind: 'pulse' };
  const words = n.split(' ');
  const [first, second] = words;
  if (first === 'estado' || first === 'status' || (RADICADO.test(n) && words.length === 1)) {
    const match = RADICADO.exec(n);
    return { kind: 'status', number: match ? match[0].toUpperCase() : null };
  }
  if ((first === 'cola' || first === 'queue') && words.length <= 2) {
    const tier = tierOf(second);
    if (second === undefined || tier) return { kind: 'queue', tier };
  }
  if ((first === 'alertas' || first === 'alerts') && words.length <= 2) return { kind: 'alerts', tier: tierOf(second) };
  return { kind: 'unknown' };
}
