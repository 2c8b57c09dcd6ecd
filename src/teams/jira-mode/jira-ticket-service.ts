/**
 * The `TicketService` of Jira mode (ADR 0085). Filing goes to Jira through the Forge web trigger
 * ({@link JiraIntakeClient}, idempotent by intake key) and the answer is kept in the local mirror;
 * reading one's own requests reads the mirror. Everything agents do (queue, actions, metrics,
 * reports, settings, pulse) happens in Jira: those calls answer `jira_mode` instead of acting on
 * the mirror. Roles still come from the local settings (`identify` is the standalone one).
 */
import { IntakeRequestSchema, localizeIssues } from '../../core/index';
import { fail, ok } from '../service/errors';
import { isStaffActor } from '../service/identify';
import type { Actor, ServiceError, ServiceResult, TicketService, TicketView } from '../service/types';
import type { JiraIntakeClient } from './intake-client';
import { isTicketView } from './mirror-view';
import type { MirrorEntry, SqliteJiraMirror } from './sqlite-jira-mirror';

export interface JiraTicketServiceDeps {
  /** The standalone service: only its `identify` (roles from the local settings) is used. */
  roles: Pick<TicketService, 'identify'>;
  client: Pick<JiraIntakeClient, 'file'>;
  mirror: SqliteJiraMirror;
}

/** The refusal every agent-side call gets in Jira mode (HTTP 409, message in the caller's locale). */
export const JIRA_MODE_ERROR: ServiceError = { code: 'jira_mode', messageKey: 'jiraMode.error.jira_mode' };
const refused = async <T>(): Promise<ServiceResult<T>> => fail(JIRA_MODE_ERROR);

/** Intake keys of bot turns (ADR 0053: `teams:<conversation>:<activity>`); the turn acknowledges those itself. */
const isBotKey = (intakeKey: string) => intakeKey.startsWith('teams:');

const canSee = (entry: MirrorEntry, actor: Actor) => isStaffActor(actor) || entry.requesterEmail === actor.email.toLowerCase();

/** The intake client's failures with a Jira-mode message (the code is kept). */
function remoteError(error: ServiceError): ServiceError {
  return error.code.startsWith('jira_') ? { ...error, messageKey: `jiraMode.error.${error.code}` } : error;
}

/**
 * Builds the Jira-mode service.
 *
 * @example
 * const service = createJiraTicketService({ roles: standalone, client: new JiraIntakeClient({ config, clock }), mirror });
 */
export function createJiraTicketService(deps: JiraTicketServiceDeps): TicketService {
  const { client, mirror } = deps;
  const visible = (entry: MirrorEntry | null, actor: Actor, id: string): ServiceResult<TicketView> =>
    entry && canSee(entry, actor) ? ok(entry.view) : fail({ code: 'ticket_not_found', params: { id } });

  return {
    identify: (identity) => deps.roles.identify(identity),

    async fileTicket(intake, actor, intakeKey, locale) {
      const parsed = IntakeRequestSchema.safeParse(intake);
      if (!parsed.success) return fail({ code: 'invalid_request', issues: localizeIssues(parsed.error, locale) });
      const known = await mirror.getByIntakeKey(intakeKey);
      if (known) return canSee(known, actor) ? ok({ ticket: known.view, created: false }) : fail({ code: 'forbidden' });
      const filed = await client.file(parsed.data, intakeKey, locale);
      if (!filed.ok) return fail(remoteError(filed.error));
      const view: unknown = filed.value.ticket;
      if (!isTicketView(view)) return fail(remoteError({ code: 'jira_bad_response', params: { status: filed.value.created ? 201 : 200 } }));
      const requesterEmail = view.requester.email.toLowerCase();
      const entry: MirrorEntry = {
        view,
        issueKey: filed.value.ticket.jira?.issueKey ?? null,
        intakeKey,
        requesterEmail,
        requesterUserId: requesterEmail === actor.email.toLowerCase() ? actor.id : null,
        source: isBotKey(intakeKey) ? 'bot' : 'api',
        stateAt: view.updatedAt,
      };
      await mirror.put(entry);
      return ok({ ticket: view, created: filed.value.created });
    },

    async get(ticketId, actor) {
      return visible(await mirror.get(ticketId), actor, ticketId);
    },

    async getByNumber(number, actor) {
      return visible(await mirror.getByNumber(number), actor, number);
    },

    async listMine(actor) {
      return ok((await mirror.listByRequester(actor.email)).map((e) => e.view));
    },

    listQueue: refused,
    act: refused,
    metrics: refused,
    semiannualCsv: refused,
    getSettings: refused,
    saveSettings: refused,
    preview: refused,
    recordPulse: refused,
  };
}
