import { TIERS, type Tier } from './types';

/** Stable codes of a refused tier change; message key `escalation.tierChange.<code>`. */
export type TierChangeErrorCode = 'alreadyTop' | 'alreadyBottom' | 'sameTier' | 'reasonRequired';

/** The outcome of {@link changeTier}: the move, or a refusal with its i18n key. */
export type TierChangeResult =
  | { ok: true; from: Tier; to: Tier; direction: 'up' | 'down'; reason: string }
  | { ok: false; code: TierChangeErrorCode; messageKey: `escalation.tierChange.${TierChangeErrorCode}` };

const fail = (code: TierChangeErrorCode): TierChangeResult => ({ ok: false, code, messageKey: `escalation.tierChange.${code}` });

/**
 * Functional escalation: move a ticket one tier up or down, or to a given tier, with a written
 * reason. Refusals are values: already N4 (up), already N1 (down), same tier, empty reason.
 *
 * @example
 * changeTier('N1', 'up', 'Requiere concepto jurídico');  // { ok: true, from: 'N1', to: 'N2', direction: 'up', ... }
 * changeTier('N4', 'up', 'x');                           // { ok: false, code: 'alreadyTop', ... }
 */
export function changeTier(current: Tier, target: 'up' | 'down' | Tier, reason: string): TierChangeResult {
  const why = reason.trim();
  if (why.length === 0) return fail('reasonRequired');
  const i = TIERS.indexOf(current);
  if (i < 0) throw new Error(`changeTier: unknown tier '${String(current)}'`);
  let j: number;
  if (target === 'up') {
    if (i === TIERS.length - 1) return fail('alreadyTop');
    j = i + 1;
  } else if (target === 'down') {
    if (i === 0) return fail('alreadyBottom');
    j = i - 1;
  } else {
    j = TIERS.indexOf(target);
    if (j < 0) throw new Error(`changeTier: unknown tier '${String(target)}'`);
    if (j === i) return fail('sameTier');
  }
  const to = TIERS[j];
  if (to === undefined) throw new Error('changeTier: tier out of range');
  return { ok: true, from: current, to, direction: j > i ? 'up' : 'down', reason: why };
}
