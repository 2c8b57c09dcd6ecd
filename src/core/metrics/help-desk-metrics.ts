import type { Channel } from '../tickets/index';
import { agentSatisfaction } from './agent-satisfaction';
import { backlog, type AgeBucket } from './backlog';
import { compliance, type Compliance } from './compliance';
import { csat } from './csat';
import { factsOf } from './facts';
import { firstContactResolution } from './first-contact';
import { firstResponseTime } from './first-response';
import { fulfilment } from './fulfilment';
import type { MetricsInput, Ratio } from './types';
import { agentUtilisation } from './utilisation';
import { ticketVolume } from './volume';

/** The nine help-desk metrics plus compliance, for one window. */
export interface HelpDeskMetrics {
  window: { from: string; to: string; start: string; end: string };
  volume: { total: number; byChannel: Record<Channel, number> };
  fulfilment: { resolvedRate: Ratio; withinSla: Ratio };
  utilisation: Record<string, Ratio>;
  firstResponse: { count: number; medianMs: number | null; p90Ms: number | null };
  firstContactResolution: Ratio;
  backlog: { total: number; byAge: Record<AgeBucket, number> };
  csat: { satisfied: Ratio; average: number | null; responseRate: Ratio };
  agentSatisfaction: { average: number | null; participation: Ratio; responses: number };
  compliance: Compliance;
}

/**
 * Every metric of a window (see each function for its formula). Pure: tickets, pulses and
 * agents are passed in; the window end is `min(to, now)`.
 *
 * @example
 * helpDeskMetrics({ tickets, window: { from: '2026-03-01', to: '2026-04-01' }, calendar, now, settings });
 */
export function helpDeskMetrics(input: MetricsInput): HelpDeskMetrics {
  const { w, facts } = factsOf(input);
  const agents = input.agents ?? [];
  return {
    window: { ...input.window, start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() },
    volume: ticketVolume(input),
    fulfilment: fulfilment(facts),
    utilisation: agentUtilisation(input.tickets, agents, input.calendar, w),
    firstResponse: firstResponseTime(facts, input.calendar),
    firstContactResolution: firstContactResolution(facts),
    backlog: backlog(input.tickets, w),
    csat: csat(facts, w),
    agentSatisfaction: agentSatisfaction(input.pulses ?? [], agents.map((a) => a.id), w),
    compliance: compliance(facts),
  };
}
