/**
 * Test harness: the real bot (real CloudAdapter) behind a real node:http server on 127.0.0.1,
 * msw faking the Bot Connector / Entra / Bot Framework OpenID, an in-memory ticket service and
 * conversation store, a fixed clock with manual timers.
 */
import { createServer, type Server } from 'node:http';
import { http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { createBot, type Bot, type BotConfig, type BotDeps, type BotLogger } from '../../../src/teams/bot/index';
import type { Role } from '../../../src/teams/service/types';
import { FixedClock } from '../../fakes/clock';
import { InMemoryConversationStore } from '../../fakes/conversation-store';
import { FakeTicketService } from '../../fakes/fake-ticket-service';
import { ManualTimers } from '../../fakes/manual-timers';
import { ConnectorState, SERVICE_URL } from '../../fakes/bot-connector/connector-state';
import { botConnectorHandlers } from '../../fakes/bot-connector/handlers';
import type { ChannelSigner } from '../../fakes/bot-connector/jwt';

export const T0 = '2026-03-02T15:00:00.000Z';

export const USERS = {
  ana: { id: '29:ana', name: 'Ana Pérez', aadObjectId: 'aad-ana', email: 'ana@example.org' },
  luis: { id: '29:luis', name: 'Luis Gómez', aadObjectId: 'aad-luis', email: 'luis@example.org' },
  carlos: { id: '29:carlos', name: 'Carlos Ruiz', aadObjectId: 'aad-carlos', email: 'carlos@example.org' },
} as const;
export type UserName = keyof typeof USERS;

export const ROLES: Record<string, Role[]> = { 'carlos@example.org': ['requester', 'agent'] };

export const CHANNEL_ID = '19:queue@thread.tacv2';

/** Records log calls (fields only: the tests check that no personal data is logged). */
export class RecordingLogger implements BotLogger {
  readonly lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  info(message: string, fields = {}): void { this.lines.push({ level: 'info', message, fields }); }
  warn(message: string, fields = {}): void { this.lines.push({ level: 'warn', message, fields }); }
  error(message: string, fields = {}): void { this.lines.push({ level: 'error', message, fields }); }
}

export interface ActivityOptions {
  id?: string;
  user?: UserName;
  locale?: string;
  where?: 'personal' | 'channel';
  expectReplies?: boolean;
}

let seq = 0;
function base(options: ActivityOptions) {
  const user = USERS[options.user ?? 'ana'];
  const where = options.where ?? 'personal';
  const conversation = where === 'channel'
    ? { id: `${CHANNEL_ID};messageid=1700000000000`, conversationType: 'channel', tenantId: 'tenant-1', isGroup: true }
    : { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: 'tenant-1' };
  return {
    id: options.id ?? `act-${++seq}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    timestamp: T0,
    locale: options.locale ?? 'es-CO',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot', name: 'Ventanilla' },
    conversation,
    channelData: { tenant: { id: 'tenant-1' } },
    ...(options.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
  };
}

/** A typed message; in a channel Teams prefixes the bot's @mention (text + mention entity). */
export function message(text: string, options: ActivityOptions = {}) {
  if (options.where !== 'channel') return { ...base(options), type: 'message', text };
  const mention = '<at>Ventanilla</at>';
  return {
    ...base(options), type: 'message', text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: '28:bot', name: 'Ventanilla' } }],
  };
}

/** Action.Execute (invoke `adaptiveCard/action`). */
export function execute(verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) {
  return { ...base({ ...options, expectReplies: false }), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/** Action.Submit fallback: a message whose `value` carries the verb and the inputs. */
export function submit(value: Record<string, unknown>, options: ActivityOptions = {}) {
  return { ...base(options), type: 'message', value };
}

export interface Harness {
  bot: Bot;
  service: FakeTicketService;
  store: InMemoryConversationStore;
  state: ConnectorState;
  clock: FixedClock;
  timers: ManualTimers;
  logger: RecordingLogger;
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The msw server for a test file (start it in beforeAll, close it in afterAll). */
export function connectorServer(state: ConnectorState, signer?: ChannelSigner) {
  return setupServer(
    http.post(/^http:\/\/127\.0\.0\.1:\d+\/api\/messages$/, () => passthrough()),
    ...botConnectorHandlers(state, signer),
  );
}

/** Optional bot dependencies a test injects (ids, the durable send store). */
export type HarnessExtras = Pick<BotDeps, 'ids' | 'sendStore'>;

export async function startHarness(state: ConnectorState, config: BotConfig = {}, extras: HarnessExtras = {}): Promise<Harness> {
  const clock = new FixedClock(T0);
  const timers = new ManualTimers(clock);
  const logger = new RecordingLogger();
  const service = new FakeTicketService(ROLES, T0);
  const store = new InMemoryConversationStore();
  const bot = createBot({ config, tickets: service, conversations: store, clock, logger, timers, ...extras });
  service.notifier = bot.notifier;
  for (const user of Object.values(USERS)) state.addMember({ ...user });
  const server: Server = createServer((req, res) => {
    bot.handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const { port } = address;
  return {
    bot, service, store, state, clock, timers, logger,
    async post(activity, headers = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try { body = text ? JSON.parse(text) : null; } catch { /* plain text body */ }
      return { status: response.status, body };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Adaptive Cards in an expectReplies body (`{ activities: [...] }`). */
export function repliedCards(body: unknown): Record<string, unknown>[] {
  if (!body || typeof body !== 'object') return [];
  const activities: unknown = Reflect.get(body, 'activities');
  if (!Array.isArray(activities)) return [];
  return activities.flatMap((activity: unknown) => cardsOf(activity));
}

/** The card contents of one activity. */
export function cardsOf(activity: unknown): Record<string, unknown>[] {
  if (!activity || typeof activity !== 'object') return [];
  const attachments: unknown = Reflect.get(activity, 'attachments');
  if (!Array.isArray(attachments)) return [];
  return attachments
    .map((a: unknown) => (a && typeof a === 'object' ? Reflect.get(a, 'content') : null))
    .filter((c: unknown): c is Record<string, unknown> => c !== null && typeof c === 'object');
}

/** All text of a card (TextBlocks and facts), for readable assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const type: unknown = Reflect.get(node, 'type');
    if (type === 'TextBlock') out.push(String(Reflect.get(node, 'text')));
    if (type === 'FactSet') {
      const facts: unknown = Reflect.get(node, 'facts');
      if (Array.isArray(facts)) for (const f of facts) out.push(`${String(Reflect.get(f, 'title'))}: ${String(Reflect.get(f, 'value'))}`);
    }
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(card);
  return out.join('\n');
}

/** Saves a personal-chat conversation reference for `user<i>@example.org` (a proactive target). */
export async function addUser(h: Harness, i: number): Promise<string> {
  const email = `user${i}@example.org`;
  await h.store.save('user', email, {
    bot: { id: '28:bot', name: 'Ventanilla' },
    user: { id: `29:user-${i}`, name: '' },
    conversation: { id: `a:conv-${i}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    locale: 'es-CO',
  });
  return email;
}
