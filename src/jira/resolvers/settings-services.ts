/**
 * Admin settings resolvers (read, versioned save with validation issues, what-if preview) and the
 * reports. Saving requires the admin page AND Jira's ADMINISTER permission for the caller (checked
 * against Jira, not trusted from the browser); a save starts the paced recompute job of every
 * open ticket (one KVS record + one event; the consumer pages through the tickets, ADR 0082).
 */
import { Queue } from '@forge/events';
import { localizeMessage, t, validateSettings, whatIf } from '../../core/index';
import type { JiraContext } from '../service/context';
import { QUEUE_KEY } from '../sweep/sweep';
import { startRecomputeJob } from '../sweep/recompute-job';
import { failure, success } from './envelope';
import { metricsOf, semiannualCsvOf } from './reports';
import type { ResolverCall, Services } from './services';

const ADMIN_PAGE = 'jira:adminPage';

async function isAdmin(ctx: JiraContext, call: ResolverCall): Promise<boolean> {
  if (call.accountId === null) return false;
  return ctx.jira.asUser().hasPermission('ADMINISTER');
}

const meta = (s: { meta: { version: number; updatedAt: string; updatedBy: string } }, stored: boolean) => ({
  version: s.meta.version,
  updatedAt: stored ? s.meta.updatedAt : null,
  updatedBy: stored ? s.meta.updatedBy : null,
});

export const settingsServices: Pick<Services, 'getSettings' | 'saveSettings' | 'previewSettings' | 'getMetrics' | 'getSemiannualCsv'> = {
  async getSettings(ctx, _input, call) {
    if (call.moduleType !== ADMIN_PAGE) return failure('forbidden', call.locale);
    const doc = await ctx.settings.current();
    const [admin, projects] = await Promise.all([isAdmin(ctx, call), ctx.jira.listProjects()]);
    return success({ settings: doc.settings, jira: doc.jira, meta: meta(doc.settings, doc.stored), isAdmin: admin, projects });
  },

  async saveSettings(ctx, input, call) {
    if (call.moduleType !== ADMIN_PAGE || call.accountId === null || !(await isAdmin(ctx, call))) return failure('forbidden', call.locale);
    const saved = await ctx.settings.save(input.settings, input.jira, input.expectedVersion, call.accountId);
    if (!saved.ok) {
      return saved.code === 'invalid_settings' ? failure('invalid_settings', call.locale, undefined, saved.issues.map((i) => ({ path: i.path, message: localizeMessage(i.message, call.locale) }))) : failure('settings_conflict', call.locale);
    }
    const recompute = await startRecomputeJob(ctx, new Queue({ key: QUEUE_KEY }), saved.doc.settings.meta.version);
    return success({ meta: meta(saved.doc.settings, true), recompute });
  },

  async previewSettings(ctx, input, call) {
    const valid = validateSettings(input.settings, call.locale);
    if (!valid.ok) return failure('invalid_settings', call.locale, undefined, valid.issues);
    const at = input.at ? new Date(input.at) : ctx.clock.now();
    const r = whatIf(valid.settings, { type: input.type, impact: input.impact, urgency: input.urgency, channel: 'jira' }, at);
    const l = call.locale;
    const none = t(l, 'jira.preview.none');
    const summary = t(l, 'jira.preview.summary', {
      type: t(l, `tickets.type.${input.type}`),
      priority: t(l, `tickets.priority.${r.priority}`),
      firstResponse: r.firstResponseDueAt ?? none,
      resolution: r.resolutionDueAt ?? none,
      legal: r.legal?.dueDate ?? none,
    });
    return success({
      receivedAt: at.toISOString(), priority: r.priority, tier: valid.settings.initialTier,
      firstResponseDueAt: r.firstResponseDueAt, resolutionDueAt: r.resolutionDueAt, legal: r.legal, summary,
    });
  },

  async getMetrics(ctx, range, call) {
    if (range.from >= range.to) return failure('invalid_request', call.locale, undefined, [{ path: 'to', message: 'to must be after from' }]);
    const doc = await ctx.settings.current();
    return success({ ...(await metricsOf(ctx, doc.settings, range)) });
  },

  async getSemiannualCsv(ctx, range, call) {
    if (range.from >= range.to) return failure('invalid_request', call.locale, undefined, [{ path: 'to', message: 'to must be after from' }]);
    const doc = await ctx.settings.current();
    const csv = await semiannualCsvOf(ctx, doc.settings, range, call.locale);
    return success({ filename: `pqrs-${range.from}-${range.to}.csv`, contentType: 'text/csv' as const, csv });
  },
};
