/** Filter state → `getQueue` input, and the client-side order (time to breach, none last). */
import { wireChannel, wirePqrsKind, wirePriority, wireTier, type ResolverInput, type ResolverOutput } from '../../../../src/jira/resolvers/contract';

export interface FilterState {
  tier: string;
  type: string;
  priority: string;
  channel: string;
  /** '' | 'yes' | 'no' */
  breached: string;
  /** '' | 'me' | 'unassigned' */
  assignee: string;
}

export const NO_FILTERS: FilterState = { tier: '', type: '', priority: '', channel: '', breached: '', assignee: '' };

type QueueItem = ResolverOutput<'getQueue'>['items'][number];

/**
 * @example
 * toQueueInput({ ...NO_FILTERS, tier: 'N2', assignee: 'me' }, 'acc-1'); // { tier: 'N2', assigneeId: 'acc-1' }
 */
export function toQueueInput(f: FilterState, me: string | null): ResolverInput<'getQueue'> {
  const input: ResolverInput<'getQueue'> = {};
  const tier = wireTier.safeParse(f.tier);
  if (tier.success) input.tier = tier.data;
  const type = wirePqrsKind.safeParse(f.type);
  if (type.success) input.type = type.data;
  const priority = wirePriority.safeParse(f.priority);
  if (priority.success) input.priority = priority.data;
  const channel = wireChannel.safeParse(f.channel);
  if (channel.success) input.channel = channel.data;
  if (f.breached === 'yes') input.breached = true;
  if (f.breached === 'no') input.breached = false;
  if (f.assignee === 'unassigned') input.assigneeId = null;
  if (f.assignee === 'me' && me !== null) input.assigneeId = me;
  return input;
}

/** Sorted by time to breach, soonest (most overdue) first; tickets with no running clock last. */
export function byTimeToBreach<T extends Pick<QueueItem, 'timeToBreachMs'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.timeToBreachMs === null) return b.timeToBreachMs === null ? 0 : 1;
    if (b.timeToBreachMs === null) return -1;
    return a.timeToBreachMs - b.timeToBreachMs;
  });
}
