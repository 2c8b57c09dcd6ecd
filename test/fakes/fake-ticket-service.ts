/**
 * A small in-memory {@link TicketService} for the bot's conversation tests: real intake
 * validation (the core's IntakeRequestSchema), idempotency by intake key, radicado numbers, role
 * checks, and a Notifier called like the core use cases call it. Not the business rules.
 */
import { IntakeRequestSchema, priorityOf, type NotificationDetail, type Notifier } from '../../src/core/index';
import type {
  Actor, FiledTicket, Identity, Role, ServiceResult, TicketService, TicketView,
} from '../../src/teams/service/types';

type Calls = { method: string; args: unknown[] }[];

export class FakeTicketService implements TicketService {
  readonly tickets: TicketView[] = [];
  readonly byIntakeKey = new Map<string, string>();
  readonly calls: Calls = [];
  readonly pulses: { actorId: string; input: unknown }[] = [];
  notifier: Notifier | null = null;

  constructor(
    private readonly roles: Readonly<Record<string, Role[]>> = {},
    private readonly now = '2026-03-02T15:00:00.000Z',
  ) {}

  async identify(identity: Identity): Promise<Actor> {
    return { ...identity, roles: this.roles[identity.email] ?? ['requester'] };
  }

  private notify(view: TicketView, detail: NotificationDetail): Promise<void> {
    const base = {
      ticketId: view.id, number: view.number, locale: view.locale, requester: { email: view.requester.email },
      assigneeId: view.assigneeId, tier: view.tier,
    };
    return this.notifier ? this.notifier.notify({ ...base, ...detail }) : Promise.resolve();
  }

  async fileTicket(intake: unknown, actor: Actor, intakeKey: string): Promise<ServiceResult<FiledTicket>> {
    this.calls.push({ method: 'fileTicket', args: [intake, actor.id, intakeKey] });
    const parsed = IntakeRequestSchema.safeParse(intake);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return { ok: false, error: { code: 'invalid_request', issues } };
    }
    const existing = this.byIntakeKey.get(intakeKey);
    const found = this.tickets.find((v) => v.id === existing);
    if (found) return { ok: true, value: { ticket: found, created: false } };
    const seq = this.tickets.length + 1;
    const legal = parsed.data.type === 'felicitacion' ? null : {
      dueDate: '2026-03-23', dueAt: '2026-03-24T05:00:00.000Z', termDays: 15, extensionDays: 0, extended: false,
      canExtend: true, maxExtensionDays: 15, breached: false,
    };
    const view: TicketView = {
      id: `t-${seq}`, number: `PQRS-2026-${String(seq).padStart(6, '0')}`, type: parsed.data.type, status: 'open',
      priority: priorityOf(parsed.data.impact, parsed.data.urgency), impact: parsed.data.impact, urgency: parsed.data.urgency,
      tier: 'N1', channel: parsed.data.channel ?? 'api', category: null, locale: actor.locale, legal,
      sla: [{ metric: 'firstResponse', state: 'running', goalMs: 14_400_000, elapsedMs: 0, remainingMs: 14_400_000, dueAt: '2026-03-02T19:00:00.000Z', breachedAt: null }],
      breached: false, subject: parsed.data.subject, description: parsed.data.description,
      requester: { name: parsed.data.requester.name, email: parsed.data.requester.email },
      assigneeId: null, receivedAt: this.now, createdAt: this.now, updatedAt: this.now, history: [], csat: null,
      nextWakeUpAt: null, version: 1,
    };
    this.tickets.push(view);
    this.byIntakeKey.set(intakeKey, view.id);
    await this.notify(view, { kind: 'ticketFiled', created: true });
    return { ok: true, value: { ticket: view, created: true } };
  }

  private visible(view: TicketView | undefined, actor: Actor): ServiceResult<TicketView> {
    const agent = actor.roles.includes('agent') || actor.roles.includes('admin');
    if (!view || (!agent && view.requester.email !== actor.email)) return { ok: false, error: { code: 'not_found' } };
    return { ok: true, value: view };
  }

  async get(ticketId: string, actor: Actor): Promise<ServiceResult<TicketView>> {
    return this.visible(this.tickets.find((v) => v.id === ticketId), actor);
  }

  async getByNumber(number: string, actor: Actor): Promise<ServiceResult<TicketView>> {
    return this.visible(this.tickets.find((v) => v.number === number.toUpperCase()), actor);
  }

  async listMine(actor: Actor): Promise<ServiceResult<TicketView[]>> {
    return { ok: true, value: this.tickets.filter((v) => v.requester.email === actor.email).reverse() };
  }

  async listQueue(filters: { tier?: string }, actor: Actor): Promise<ServiceResult<TicketView[]>> {
    this.calls.push({ method: 'listQueue', args: [filters] });
    if (!actor.roles.includes('agent')) return { ok: false, error: { code: 'forbidden' } };
    return { ok: true, value: this.tickets.filter((v) => v.status !== 'resolved' && (!filters.tier || v.tier === filters.tier)) };
  }

  async act(ticketId: string, action: unknown, actor: Actor): Promise<ServiceResult<TicketView>> {
    this.calls.push({ method: 'act', args: [ticketId, action, actor.id] });
    const view = this.tickets.find((v) => v.id === ticketId);
    if (!view) return { ok: false, error: { code: 'not_found' } };
    const kind = action && typeof action === 'object' ? Reflect.get(action, 'kind') : null;
    const agentOnly = kind !== 'rate';
    if (agentOnly && !actor.roles.includes('agent')) return { ok: false, error: { code: 'forbidden' } };
    if (kind === 'claim') view.assigneeId = actor.id;
    if (kind === 'escalate') view.tier = view.tier === 'N1' ? 'N2' : 'N3';
    if (kind === 'resolve') {
      view.status = 'resolved';
      await this.notify(view, { kind: 'resolved', csatRequested: true });
    }
    return { ok: true, value: view };
  }

  async recordPulse(input: unknown, actor: Actor): Promise<ServiceResult<{ recorded: true }>> {
    this.pulses.push({ actorId: actor.id, input });
    return { ok: true, value: { recorded: true } };
  }

  async metrics(): Promise<never> { throw new Error('not used by the bot'); }
  async semiannualCsv(): Promise<never> { throw new Error('not used by the bot'); }
  async getSettings(): Promise<never> { throw new Error('not used by the bot'); }
  async saveSettings(): Promise<never> { throw new Error('not used by the bot'); }
  async preview(): Promise<never> { throw new Error('not used by the bot'); }
}
