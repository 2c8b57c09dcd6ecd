import type { PulseDeps } from '../deps';
import type { AgentPulse } from '../model';
import { fail, ok, type Result } from '../result';
import type { PulseInput } from './inputs';
import { reasonOf } from './validation';

/**
 * Records an agent's satisfaction pulse (score 1–5, optional comment): agents and admins only.
 *
 * @example
 * await recordAgentPulse(deps, { actor: { id: 'agent-1', role: 'agent' }, score: 4 });
 */
export async function recordAgentPulse(deps: PulseDeps, input: PulseInput): Promise<Result<AgentPulse>> {
  if (input.actor.role !== 'agent' && input.actor.role !== 'admin') return fail('forbidden');
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) return fail('invalid_input', { detail: 'score' });
  const pulse: AgentPulse = {
    id: deps.ids.newId(),
    agentId: input.actor.id,
    score: input.score,
    comment: reasonOf(input.comment),
    at: deps.clock.now().toISOString(),
  };
  await deps.pulses.add(pulse);
  return ok(pulse);
}
