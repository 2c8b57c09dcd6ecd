/**
 * What a Jira `labels` change means for a ticket (ADR 0086): a new `<typeLabelPrefix><kind>`
 * label reclassifies it; changed `<impactLabelPrefix>…` / `<urgencyLabelPrefix>…` labels set its
 * impact/urgency (and so its priority). Removing a type label without adding another leaves the
 * type unchanged. Pure: the trigger applies the decision with the core use cases.
 */
import type { Level, PqrsKind } from '../../core/index';
import { wireLevel, wirePqrsKind } from '../resolvers/contract';
import type { JiraMapping } from '../settings/mapping';
import { fromLabel } from './issue-to-ticket';

/**
 * A changelog label string (`fromString`/`toString`: space-separated) as a list.
 *
 * @example
 * labelList('pqrs-queja  impacto-alta'); // ['pqrs-queja', 'impacto-alta']
 */
export function labelList(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((l) => l.length > 0);
}

/**
 * The order-independent form of a label set, for the app's own-change marker.
 *
 * @example
 * labelSetValue(['b', 'a', 'b']); // 'a b'
 */
export function labelSetValue(labels: readonly string[]): string {
  return [...new Set(labels)].sort().join(' ');
}

const kindOf = (v: string): PqrsKind | null => wirePqrsKind.safeParse(v).data ?? null;
const levelOf = (v: string): Level | null => wireLevel.safeParse(v).data ?? null;

/** What to do after a label change: reclassify and/or new impact/urgency (null = nothing). */
export interface LabelDecision {
  type: PqrsKind | null;
  levels: { impact: Level; urgency: Level } | null;
}

/**
 * The decision for a label change from `before` to `after` on a ticket in state `current`.
 * Type: the kinds of the type labels added, other than the current type; exactly one → that one
 * (several different ones are ambiguous → no change). Levels: when the impact or urgency label
 * changed; a removed one keeps the ticket's current value.
 *
 * @example
 * labelDecision(mapping, { type: 'peticion', impact: 'media', urgency: 'media' }, ['pqrs-peticion'], ['pqrs-queja', 'impacto-alta']);
 * // { type: 'queja', levels: { impact: 'alta', urgency: 'media' } }
 */
export function labelDecision(
  mapping: Pick<JiraMapping, 'typeLabelPrefix' | 'impactLabelPrefix' | 'urgencyLabelPrefix'>,
  current: { type: PqrsKind; impact: Level; urgency: Level },
  before: readonly string[],
  after: readonly string[],
): LabelDecision {
  const added = after.filter((l) => !before.includes(l));
  const kinds = new Set(added.flatMap((l) => {
    const kind = l.startsWith(mapping.typeLabelPrefix) ? kindOf(l.slice(mapping.typeLabelPrefix.length)) : null;
    return kind === null || kind === current.type ? [] : [kind];
  }));
  const type = kinds.size === 1 ? [...kinds][0] ?? null : null;
  const impactBefore = fromLabel(before, mapping.impactLabelPrefix, levelOf);
  const impactAfter = fromLabel(after, mapping.impactLabelPrefix, levelOf);
  const urgencyBefore = fromLabel(before, mapping.urgencyLabelPrefix, levelOf);
  const urgencyAfter = fromLabel(after, mapping.urgencyLabelPrefix, levelOf);
  const levels = impactBefore === impactAfter && urgencyBefore === urgencyAfter
    ? null
    : { impact: impactAfter ?? current.impact, urgency: urgencyAfter ?? current.urgency };
  return { type, levels };
}
