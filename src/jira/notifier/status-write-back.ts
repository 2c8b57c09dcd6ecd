/**
 * Moves a Jira issue to the workflow status that stands for a ticket status (escalation
 * `transition` effects, ADR 0087). The mapping says what each Jira status name means for the
 * ticket (`statuses`: Jira name → ticket status); the write-back walks it backwards, asks Jira
 * which transitions the issue offers now and performs the one leading to a mapped name. The
 * app's own change is marked (same marker as priority/assignee) so the update trigger skips the
 * echo. A workflow without such a transition is an expected outcome, reported, never thrown.
 */
import { kvs } from '@forge/kvs';
import type { TicketStatus } from '../../core/index';
import type { JiraClient } from '../client/jira-client';
import { JiraError } from '../client/request';
import type { JiraTransition } from '../client/workflow-schemas';
import type { JiraMapping } from '../settings/mapping';
import { ownChangeKey, rememberOwnWrite } from './own-writes';

/** Jira answers these when a workflow validator or permission refuses the transition. */
const REFUSED = [400, 403, 409];

/** Why a status was not written back. */
export type StatusWriteBackReason = 'unmapped_status' | 'no_transition' | 'transition_refused';

export type StatusWriteBack =
  | { ok: true; jiraStatus: string; transitionId: string }
  | { ok: false; reason: StatusWriteBackReason };

/**
 * The Jira status names mapped to `status`, in the mapping's (insertion) order: the candidates
 * of the inverse mapping, most preferred first.
 *
 * @example
 * jiraStatusesFor(defaultMapping('PQRS'), 'open'); // ['To Do', 'Open']
 */
export function jiraStatusesFor(mapping: Pick<JiraMapping, 'statuses'>, status: TicketStatus): string[] {
  return Object.entries(mapping.statuses).filter(([, s]) => s === status).map(([name]) => name);
}

/**
 * The transition to perform: for the first candidate name (mapping order) that some transition
 * reaches with exactly that name; else, the first reached ignoring case (Jira status names are
 * unique regardless of case). Deterministic for a given mapping and transition list.
 *
 * @example
 * pickTransition(['To Do', 'Open'], [{ id: '11', name: 'Reopen', to: { name: 'Open' } }]); // the 'Reopen' transition
 */
export function pickTransition(candidates: readonly string[], transitions: readonly JiraTransition[]): JiraTransition | null {
  for (const name of candidates) {
    const exact = transitions.find((tr) => tr.to.name === name);
    if (exact) return exact;
  }
  for (const name of candidates) {
    const loose = transitions.find((tr) => tr.to.name.toLowerCase() === name.toLowerCase());
    if (loose) return loose;
  }
  return null;
}


function skipped(issueId: string, reason: StatusWriteBackReason): StatusWriteBack {
  console.warn(JSON.stringify({ msg: 'status write-back skipped', issueId, reason }));
  return { ok: false, reason };
}

/**
 * Moves issue `issueId` to the Jira status mapped to `ticketStatus`, marking the change as the
 * app's own (`ownChangeKey(issueId, 'status', name)`) before posting it. Rate limits and
 * unexpected Jira errors are thrown (the handler retries); a missing mapping, an unavailable or
 * refused transition come back as a reason (logged with the issue id only).
 *
 * @example
 * await writeBackStatus(jira, doc.jira, '10001', 'waitingRequester'); // { ok: true, jiraStatus: 'Waiting for customer', transitionId: 't10' }
 */
export async function writeBackStatus(jira: JiraClient, mapping: Pick<JiraMapping, 'statuses'>, issueId: string, ticketStatus: TicketStatus): Promise<StatusWriteBack> {
  const candidates = jiraStatusesFor(mapping, ticketStatus);
  if (candidates.length === 0) return skipped(issueId, 'unmapped_status');
  const transition = pickTransition(candidates, await jira.getTransitions(issueId));
  if (!transition) return skipped(issueId, 'no_transition');
  const marker = ownChangeKey(issueId, 'status', transition.to.name);
  await rememberOwnWrite(marker);
  try {
    await jira.doTransition(issueId, transition.id);
  } catch (error) {
    if (!(error instanceof JiraError) || !REFUSED.includes(error.status)) throw error;
    await kvs.delete(marker);
    return skipped(issueId, 'transition_refused');
  }
  return { ok: true, jiraStatus: transition.to.name, transitionId: transition.id };
}
