import type { AgentPulse } from '../tickets/index';
import { ratio, type Ratio } from './types';
import type { WindowInstants } from './window';

/**
 * Agent satisfaction from the pulses sent in the window: `average = Σ scores ÷ pulses` (null
 * without pulses) and `participation = distinct agents who sent one ÷ agents` (agents = the
 * given list; when it is empty, the distinct senders).
 *
 * @example
 * agentSatisfaction(pulses, ['a', 'b', 'c', 'd'], w); // { average: 3.5, participation: { value: 0.5, … }, responses: 2 }
 */
export function agentSatisfaction(
  pulses: readonly AgentPulse[], agentIds: readonly string[], w: WindowInstants,
): { average: number | null; participation: Ratio; responses: number } {
  const inWindow = pulses.filter((p) => {
    const t = Date.parse(p.at);
    return t >= w.start && t < w.end;
  });
  const senders = new Set(inWindow.map((p) => p.agentId));
  const roster = agentIds.length === 0 ? senders : new Set(agentIds);
  const participating = [...senders].filter((a) => roster.has(a)).length;
  const sum = inWindow.reduce((s, p) => s + p.score, 0);
  return {
    average: inWindow.length === 0 ? null : sum / inWindow.length,
    participation: ratio(participating, roster.size),
    responses: inWindow.length,
  };
}
