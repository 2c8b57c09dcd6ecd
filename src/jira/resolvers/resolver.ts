/**
 * The Custom UI resolver: one `@forge/resolver` definition per contract entry. Each parses its
 * payload with the contract's input schema, calls its service and answers the envelope.
 */
import { makeResolver, type ResolverFunction } from '@forge/resolver';
import type { z } from 'zod';
import { localizeIssues, resolveLocale } from '../../core/index';
import type { JiraContext } from '../service/context';
import { RESOLVER_NAMES, resolverContract as c, type ResolverContract, type ResolverName } from './contract';
import { SERVICES as s, type ResolverCall, type Services } from './services';
import { failure } from './envelope';

/** The resolver handler (`function: resolver` in the manifest). */
export function buildResolver(context: () => JiraContext) {
  // makeResolver (a named export) rather than the default class: same definitions, and it loads
  // the same way under Forge's bundler and plain Node ESM (bench, tsx).
  const handlers: Record<string, ResolverFunction<unknown, unknown>> = {};
  for (const name of RESOLVER_NAMES) handlers[name] = async (req) => dispatch(context(), name, req.payload, req.context);
  return makeResolver<Record<string, (i: unknown) => unknown>>(handlers);
}

type Dispatch = (ctx: JiraContext, payload: unknown, call: ResolverCall) => Promise<unknown>;

/** Input parsing + service for one resolver (concrete `K`, so input and service types meet). */
function bind<K extends ResolverName>(schema: z.ZodType<z.output<ResolverContract[K]['input']>>, service: Services[K]): Dispatch {
  return async (ctx, payload, call) => {
    const input = schema.safeParse(payload);
    if (!input.success) {
      return failure('invalid_request', call.locale, undefined, localizeIssues(input.error, call.locale));
    }
    return service(ctx, input.data, call);
  };
}

const DISPATCH: Record<ResolverName, Dispatch> = {
  getPanel: bind<'getPanel'>(c.getPanel.input, s.getPanel),
  panelAction: bind<'panelAction'>(c.panelAction.input, s.panelAction),
  getSettings: bind<'getSettings'>(c.getSettings.input, s.getSettings),
  saveSettings: bind<'saveSettings'>(c.saveSettings.input, s.saveSettings),
  previewSettings: bind<'previewSettings'>(c.previewSettings.input, s.previewSettings),
  getQueue: bind<'getQueue'>(c.getQueue.input, s.getQueue),
  claim: bind<'claim'>(c.claim.input, s.claim),
  assign: bind<'assign'>(c.assign.input, s.assign),
  getMetrics: bind<'getMetrics'>(c.getMetrics.input, s.getMetrics),
  getSemiannualCsv: bind<'getSemiannualCsv'>(c.getSemiannualCsv.input, s.getSemiannualCsv),
};

async function dispatch(ctx: JiraContext, name: ResolverName, payload: unknown, invocation: unknown): Promise<unknown> {
  return DISPATCH[name](ctx, payload, callOf(invocation));
}

function callOf(invocation: unknown): ResolverCall {
  const get = (k: string): unknown => (typeof invocation === 'object' && invocation !== null ? Object.entries(invocation).find(([key]) => key === k)?.[1] : undefined);
  const accountId = get('accountId');
  const locale = get('locale');
  const extension = get('extension');
  const type = typeof extension === 'object' && extension !== null ? Object.entries(extension).find(([k]) => k === 'type')?.[1] : undefined;
  return {
    accountId: typeof accountId === 'string' ? accountId : null,
    locale: resolveLocale(typeof locale === 'string' ? locale : null),
    moduleType: typeof type === 'string' ? type : null,
  };
}
