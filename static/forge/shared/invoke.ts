/**
 * The typed `invoke` facade of the Custom UI: resolver names, inputs and outputs come from the
 * Forge invoke contract (src/jira/resolvers/contract.ts), and every answer is parsed with the
 * contract's zod schemas before the UI sees it (parse, don't cast).
 */
import { z } from 'zod';
import {
  resolverContract, resolverErrorSchema,
  type ResolverInput, type ResolverName, type ResolverOutput,
} from '../../../src/jira/resolvers/contract';
import { InvokeError } from './invoke-error';

export { InvokeError };

/** The raw transport: @forge/bridge's `invoke` in production; replaceable in unit tests. */
export type Transport = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

/** @forge/bridge is loaded on first use: it needs the product frame's bridge the moment it loads. */
const bridgeTransport: Transport = async (functionKey, payload) => (await import('@forge/bridge')).invoke(functionKey, payload);

/**
 * Calls resolver `name` with `payload` (checked against the contract's input schema first) and
 * returns the parsed `data` of a successful envelope; throws {@link InvokeError} otherwise.
 *
 * @example
 * const panel = await invoke('getPanel', { issueId: '10001' });
 */
export async function invoke<K extends ResolverName>(
  name: K,
  payload: ResolverInput<K>,
  transport: Transport = bridgeTransport,
): Promise<z.output<OutputSchemas[K]>> {
  const input = resolverContract[name].input.safeParse(payload);
  if (!input.success) {
    throw new InvokeError({
      code: 'invalid_input',
      message: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      issues: input.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  let raw: unknown;
  try {
    raw = await transport(name, input.data);
  } catch (err) {
    throw new InvokeError({ code: 'bridge', message: err instanceof Error ? err.message : String(err) });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw badResponse(name, envelope.error);
  if (!envelope.data.ok) throw new InvokeError(envelope.data.error);
  const output: OutputSchemas[K] = outputSchemas[name];
  const data = output.safeParse(envelope.data.data);
  if (!data.success) throw badResponse(name, data.error);
  return data.data;
}

type OutputSchemas = { [K in ResolverName]: z.ZodType<ResolverOutput<K>> };

/** Each resolver's output schema, typed per name (so a generic call keeps its precise type). */
const outputSchemas: OutputSchemas = {
  getPanel: resolverContract.getPanel.output,
  panelAction: resolverContract.panelAction.output,
  getSettings: resolverContract.getSettings.output,
  saveSettings: resolverContract.saveSettings.output,
  previewSettings: resolverContract.previewSettings.output,
  getQueue: resolverContract.getQueue.output,
  claim: resolverContract.claim.output,
  assign: resolverContract.assign.output,
  getMetrics: resolverContract.getMetrics.output,
  getSemiannualCsv: resolverContract.getSemiannualCsv.output,
};

/** The envelope every resolver answers with; `data` is then parsed with the resolver's own schema. */
const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: resolverErrorSchema }),
]);

function badResponse(name: string, error: z.ZodError): InvokeError {
  const first = error.issues[0];
  return new InvokeError({
    code: 'bad_response',
    message: `${name}: ${first ? `${first.path.join('.')} ${first.message}` : 'invalid answer'}`,
  });
}
