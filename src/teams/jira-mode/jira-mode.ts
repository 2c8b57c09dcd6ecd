/**
 * Jira mode wiring for the server's composition root (ADR 0085): the Jira-mode ticket service over
 * the intake client and the local mirror, and `POST /api/jira/notifications`, whose deliveries
 * update the mirror and go to the same notifier standalone notifications take (the bot's).
 */
import type { Clock, Notifier } from '../../core/index';
import type { RelayedNotification } from '../../jira/notifier/relay-payload';
import type { Logger } from '../http/handler';
import type { Route } from '../http/route';
import type { TicketService } from '../service/types';
import type { VentanillaDb } from '../store/database';
import type { JiraModeConfig } from './jira-config';
import { JiraIntakeClient, type RetryOptions } from './intake-client';
import { createJiraTicketService } from './jira-ticket-service';
import { jiraNotificationsRoute } from './notifications-route';
import { toCoreNotification } from './relayed-notification';
import { SqliteJiraMirror } from './sqlite-jira-mirror';
import { SqliteWebhookIds } from './sqlite-webhook-ids';

export interface JiraModeDeps {
  config: JiraModeConfig;
  db: VentanillaDb;
  clock: Clock;
  logger: Logger;
  /** The standalone service (roles from the local settings). */
  roles: Pick<TicketService, 'identify'>;
  /** Where relayed notifications go (the server's NotifierRelay → the bot). */
  notifier: Notifier;
  /** For tests: the HTTP client and retry policy of the intake client. */
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
}

export interface JiraMode {
  service: TicketService;
  mirror: SqliteJiraMirror;
  routes: Route[];
}

/**
 * Hands one verified relayed notification on: the mirror first (so "estado" shows the new state
 * even when nobody is reachable), then the notifier. A kind Teams does not render, or a
 * `ticketFiled` the bot turn already acknowledged, is logged (ticket id and kind only) and dropped.
 *
 * @example
 * const deliver = relayedDelivery(mirror, relay, logger); await deliver(parsedNotification);
 */
export function relayedDelivery(mirror: SqliteJiraMirror, notifier: Notifier, logger: Logger): (n: RelayedNotification) => Promise<void> {
  return async (n) => {
    const entry = await mirror.applyRelayed(n);
    const core = toCoreNotification(n, entry);
    if (!core.ok) {
      logger.info('relayed notification not delivered', { ticketId: n.ticketId, kind: n.kind, reason: core.skip });
      return;
    }
    await notifier.notify(core.notification);
  };
}

/**
 * The Jira-mode service and routes.
 *
 * @example
 * const jira = jiraMode({ config: config.jira, db, clock, logger, roles: standalone, notifier: relay });
 * routes.push(...jira.routes);
 */
export function jiraMode(deps: JiraModeDeps): JiraMode {
  const mirror = new SqliteJiraMirror(deps.db);
  const client = new JiraIntakeClient({
    config: { url: deps.config.intakeUrl, secret: deps.config.intakeSecret },
    clock: deps.clock,
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.retry && { retry: deps.retry }),
  });
  const service = createJiraTicketService({ roles: deps.roles, client, mirror });
  const route = jiraNotificationsRoute({
    secret: deps.config.notifySecret,
    now: () => deps.clock.now(),
    ids: new SqliteWebhookIds(deps.db),
    deliver: relayedDelivery(mirror, deps.notifier, deps.logger),
  });
  return { service, mirror, routes: [route] };
}
