/**
 * The composition root of the Teams/standalone server: SQLite stores, settings, the ticket
 * service, the bot at /api/messages, the escalation scheduler and the HTTP listener.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWTVerifyGetKey } from 'jose';
import { calendarSpecOf, compileCalendar, runDueEscalations, type BusinessCalendar, type Clock, type Ids, type Notifier, type Settings } from '../core/index';
import { entraAuthenticator, microsoftJwks } from './auth/entra-auth';
import { localAuthenticator } from './auth/local-auth';
import type { Authenticator } from './auth/types';
import { createBot, type Bot } from './bot/index';
import { SqliteSendQueueStore } from './store/send-queue-store';
import type { ServerConfig } from './config';
import { createHandler, type Logger } from './http/handler';
import type { Route } from './http/route';
import { adminRoutes } from './http/routes/admin';
import { ticketRoutes } from './http/routes/tickets';
import type { RetryOptions } from './jira-mode/intake-client';
import { jiraMode, type JiraMode } from './jira-mode/jira-mode';
import { NotifierRelay } from './notifier-relay';
import { EscalationScheduler, type WakeUpIndex } from './scheduler/escalation-scheduler';
import { PulseScheduler } from './scheduler/pulse-scheduler';
import { DEFAULT_PULSE_SCHEDULE } from './scheduler/pulse-week';
import { realAlarm, type Alarm } from './scheduler/timers';
import { seedDemo } from './seed';
import type { Reports } from './service/reports';
import { coreReports } from './service/core-reports';
import { SettingsHolder } from './service/settings-holder';
import { createTicketService } from './service/ticket-service';
import type { TicketService } from './service/types';
import { VentanillaDb } from './store/database';
import { SqliteConversationStore } from './store/sqlite-conversation-store';
import { SqliteDemoUsers } from './store/sqlite-demo-users';
import { SqliteIdempotencyStore } from './store/sqlite-idempotency-store';
import { SqlitePulseStore } from './store/sqlite-pulse-store';
import { SqliteSchedulerState } from './store/sqlite-scheduler-state';
import { SqliteSettingsStore } from './store/sqlite-settings-store';
import { SqliteTicketStore } from './store/sqlite-ticket-store';

export interface AppOptions {
  config: ServerConfig;
  clock: Clock;
  logger: Logger;
  ids?: Ids;
  /** Default: real timers measured with `clock`. Tests pass a ManualAlarm and call `scheduler.tick()`. */
  alarm?: Alarm;
  /** The weekly pulse's alarm (default: real timers). */
  pulseAlarm?: Alarm;
  /** Entra mode signing keys (default: Microsoft's JWKS for the tenant). */
  jwks?: JWTVerifyGetKey;
  /** Mount the bot (default true). */
  bot?: boolean;
  /** Where notifications are handed (default: the bot's notifier). */
  notifier?: Notifier;
  /** Metrics and semiannual report (default: the core's, over the stores). */
  reports?: Reports;
  /** Jira mode, for tests: the intake client's HTTP client and retry policy. */
  jiraIntake?: { fetch?: typeof fetch; retry?: Partial<RetryOptions> };
}

export interface App {
  server: Server;
  /** The request listener (in-process tests call it without a socket). */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** `http://host:port` once listening. */
  url: string;
  service: TicketService;
  scheduler: EscalationScheduler;
  /** The weekly agent pulse, or null when turned off or without the bot. */
  pulse: PulseScheduler | null;
  tickets: SqliteTicketStore;
  db: VentanillaDb;
  seeded: boolean;
  bot: Bot | null;
  /** Jira mode's mirror and routes, or null in standalone mode. */
  jira: JiraMode | null;
  /** Stops accepting requests, drains, stops the scheduler, flushes and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store, wires everything and listens on `config.host:config.port`.
 *
 * @example
 * const app = await startApp({ config: loadConfig(process.env, argv), clock: systemClock, logger });
 */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, clock, logger } = options;
  const ids = options.ids ?? { newId: () => randomUUID() };
  const db = new VentanillaDb(config.dbPath);
  const tickets = new SqliteTicketStore(db);
  const users = new SqliteDemoUsers(db);
  const settings = await SettingsHolder.load(new SqliteSettingsStore(db), clock);
  const conversations = new SqliteConversationStore(db, clock);
  let scheduler: EscalationScheduler | null = null;
  // A failed hand-off stays in the ticket's outbox; the scheduler retries it shortly.
  const relay = new NotifierRelay(logger, () =>
    scheduler?.poke({ nextWakeUpAt: new Date(clock.now().getTime() + 30_000).toISOString() }));
  const pulses = new SqlitePulseStore(db);
  const standalone = createTicketService({
    store: tickets,
    pulses,
    clock,
    ids,
    notifier: relay,
    settings,
    grants: users,
    reports: options.reports ?? coreReports(tickets, pulses, clock),
    onWrite: (ticket) => scheduler?.poke(ticket),
  });
  // Jira mode: Jira is the system of record; Forge runs the SLA clocks and escalations (ADR 0085).
  const jira = config.jira
    ? jiraMode({
        config: config.jira, db, clock, logger, roles: standalone, notifier: relay,
        ...(options.jiraIntake?.fetch && { fetch: options.jiraIntake.fetch }),
        ...(options.jiraIntake?.retry && { retry: options.jiraIntake.retry }),
      })
    : null;
  const service: TicketService = jira ? jira.service : standalone;
  scheduler = new EscalationScheduler({
    index: jira ? NOTHING_DUE : tickets,
    clock,
    logger,
    alarm: options.alarm ?? realAlarm(clock),
    runDue: async (ticket) => {
      const result = await runDueEscalations(
        { store: tickets, clock, ids, notifier: relay, settings: settings.current() },
        ticket,
      );
      if (!result.ok) logger.warn('escalation not applied', { ticketId: ticket.id, code: result.error.code });
    },
  });
  const bot = options.bot === false ? null : createBot({
    config: config.entra
      ? { appId: config.entra.appId, tenantId: config.entra.tenantId, appType: 'SingleTenant',
          ...(config.entra.appPassword && { appPassword: config.entra.appPassword }) }
      : {},
    tickets: service,
    conversations,
    // Outgoing messages are committed to SQLite before the outbox forgets them (ADR 0088).
    sendStore: new SqliteSendQueueStore(db, clock),
    clock,
    logger: {
      info: (m, f) => logger.info(m, f),
      warn: (m, f) => logger.warn(m, f),
      error: (m, f) => logger.error(m, f),
    },
  });
  if (options.notifier) relay.attach(options.notifier);
  else if (bot) relay.attach(bot.notifier);
  const pulseSchedule = config.pulse === undefined ? DEFAULT_PULSE_SCHEDULE : config.pulse;
  // The pulse feeds the agent-satisfaction metric, which lives in Jira in Jira mode.
  const pulse = bot && pulseSchedule && !jira ? new PulseScheduler({
    schedule: pulseSchedule,
    calendar: deskCalendar(() => settings.current()),
    agents: () => settings.current().agents.filter((a) => !a.away).map((a) => a.id),
    send: (agentIds) => bot.sendAgentPulse(agentIds),
    state: new SqliteSchedulerState(db),
    clock,
    alarm: options.pulseAlarm ?? realAlarm(clock),
    logger,
  }) : null;
  // Demo users and staff are local identities in both modes; Jira mode files no demo tickets.
  const seeded = config.seed ? await seedDemo(users, settings, jira ? null : standalone, clock.now()) : false;

  const authenticator: Authenticator = config.entra
    ? entraAuthenticator(
        { appId: config.entra.appId, tenantId: config.entra.tenantId, ...(config.entra.appIdUris && { appIdUris: config.entra.appIdUris }) },
        options.jwks ?? microsoftJwks(config.entra.tenantId),
        () => clock.now(),
      )
    : localAuthenticator(users);
  const routes: Route[] = [
    ...adminRoutes({ service, mode: authenticator.mode, healthy: () => db.isOpen }),
    ...ticketRoutes(service, new SqliteIdempotencyStore(db), () => clock.now()),
    ...(jira ? jira.routes : []),
  ];
  const handler = createHandler({
    routes,
    actor: async (req, locale) => service.identify(await authenticator.identify(req, locale)),
    bot: () => (bot ? (req, res) => bot.handle(req, res) : null),
    staticRoot: config.staticRoot,
    logger,
  });
  const server = createServer({ keepAliveTimeout: 5_000, requestTimeout: 30_000, headersTimeout: 10_000 }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  await scheduler.start();
  await pulse?.start();
  if (jira) logger.info('jira mode: filing through the Forge web trigger; notifications at /api/jira/notifications');
  const running = scheduler;

  let closing: Promise<void> | null = null;
  return {
    server, handler, url: `http://${host}:${port}`, service, scheduler: running, pulse, tickets, db, seeded, bot, jira,
    close: () =>
      (closing ??= (async () => {
        running.stop();
        pulse?.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await running.idle();
        await pulse?.idle();
        await relay.idle();
        await bot?.idle();
        db.close();
      })()),
  };
}

/** Jira mode's scheduler index: no local ticket is ever due (Forge escalates the Jira tickets). */
const NOTHING_DUE: WakeUpIndex = { earliestWakeUp: async () => null, dueForWakeUp: async () => [] };

/** The desk calendar (the legal terms' calendar) of the settings in force, compiled once per settings object. */
function deskCalendar(current: () => Settings): () => BusinessCalendar {
  let cached: { settings: Settings; calendar: BusinessCalendar } | null = null;
  return () => {
    const settings = current();
    if (cached?.settings !== settings) {
      cached = { settings, calendar: compileCalendar(calendarSpecOf(settings, settings.legal.calendarId)) };
    }
    return cached.calendar;
  };
}
