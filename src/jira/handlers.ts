/**
 * The Forge handlers, each ≈ parse → service → map, built over a context factory so tests can
 * pass a fixed clock. src/jira/index.ts exports them under the manifest's names.
 */
import { errorResponse, webTriggerRequestSchema, type WebTriggerOut } from './webhooks/http';
import { handleIntake } from './webhooks/intake';
import { handleIssueEvent } from './events/issue-events';
import { runSweep } from './sweep/sweep';
import { handleWakeUp } from './sweep/consumer';
import { buildResolver } from './resolvers/resolver';
import type { JiraContext } from './service/context';

export function createHandlers(context: () => JiraContext) {
  return {
    /** `webtrigger` ventanilla-intake (dynamic response). */
    intake: async (request: unknown): Promise<WebTriggerOut> => {
      const req = webTriggerRequestSchema.safeParse(request);
      return req.success ? handleIntake(context(), req.data) : errorResponse(400, 'invalid_request', 'es');
    },
    /** `trigger` on issue created/updated/commented/deleted. */
    onIssueEvent: async (event: unknown): Promise<unknown> => handleIssueEvent(context(), event),
    /** `scheduledTrigger` every five minutes. */
    sweep: async (): Promise<unknown> => runSweep(context()),
    /** `consumer` of the ventanilla-escalations queue. */
    escalate: async (event: unknown): Promise<unknown> => handleWakeUp(context(), event),
    /** Custom UI resolvers (panel, settings, queue). */
    resolver: buildResolver(context),
  };
}
