/** Builders with fixed defaults, plus the small fakes the ticket tests need. */
import {
  colombiaPreset,
  type Actor,
  type AgentPulse,
  type AgentSettings,
  type IntakeRequest,
  type Notification,
  type Notifier,
  type PulseStore,
  type Settings,
  type Ticket,
  type TicketDeps,
} from '../../src/core/index';
import { FixedClock } from './clock';
import { InMemoryTicketStore } from './in-memory-ticket-store';

/** Ids `id-1`, `id-2`, … (or with another prefix). */
export class SequentialIds {
  private n = 0;
  constructor(private readonly prefix = 'id-') {}
  newId(): string {
    this.n += 1;
    return `${this.prefix}${this.n}`;
  }
}

/** Remembers every notification, in order. */
export class RecordingNotifier implements Notifier {
  readonly sent: Notification[] = [];
  notify(n: Notification): Promise<void> {
    this.sent.push(structuredClone(n));
    return Promise.resolve();
  }
  kinds(): string[] {
    return this.sent.map((n) => n.kind);
  }
}

/** Pulses in a list. */
export class InMemoryPulseStore implements PulseStore {
  readonly pulses: AgentPulse[] = [];
  add(p: AgentPulse): Promise<void> {
    this.pulses.push(structuredClone(p));
    return Promise.resolve();
  }
  list(from: string, to: string): Promise<AgentPulse[]> {
    const f = Date.parse(from);
    const t = Date.parse(to);
    return Promise.resolve(this.pulses.filter((p) => Date.parse(p.at) >= f && Date.parse(p.at) < t).map((p) => structuredClone(p)));
  }
}

export const REQUESTER: Actor = { id: 'ana@example.org', role: 'requester' };
export const AGENT: Actor = { id: 'agent-1', role: 'agent' };
export const OTHER_REQUESTER: Actor = { id: 'luis@example.org', role: 'requester' };

/** An agent entry for the settings (N1, no skills restriction, no cap, always available). */
export function anAgent(overrides: Partial<AgentSettings> = {}): AgentSettings {
  return {
    id: 'agent-1',
    name: 'Agente Uno',
    email: 'agent-1@example.org',
    tiers: ['N1'],
    skills: { types: [], categories: [], languages: [] },
    cap: null,
    away: false,
    calendarId: null,
    ...overrides,
  };
}

/** The Colombia preset (2025–2030 holidays) with the given overrides. */
export function aSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...colombiaPreset({ years: { from: 2025, to: 2030 }, updatedAt: '2026-01-01T00:00:00-05:00' }), ...overrides };
}

/** A valid intake request (petición, media/media → P3, web). */
export function anIntake(overrides: Partial<IntakeRequest> = {}): IntakeRequest {
  return {
    type: 'peticion',
    subject: 'Certificado laboral',
    description: 'Solicito copia de mi certificado laboral.',
    impact: 'media',
    urgency: 'media',
    channel: 'web',
    requester: { name: 'Ana Pérez', email: 'ana@example.org' },
    ...overrides,
  };
}

/** Test wiring: a fixed clock, an in-memory store, sequential ids and a recording notifier. */
export interface TestDeps extends TicketDeps {
  store: InMemoryTicketStore;
  clock: FixedClock;
  notifier: RecordingNotifier;
}

/**
 * Deps at `now` (default Mon 2026-03-02 09:00 Bogotá) with the given settings.
 */
export function makeDeps(opts: { now?: string; settings?: Settings } = {}): TestDeps {
  return {
    store: new InMemoryTicketStore(),
    clock: new FixedClock(opts.now ?? '2026-03-02T14:00:00.000Z'),
    ids: new SequentialIds('t-'),
    notifier: new RecordingNotifier(),
    settings: opts.settings ?? aSettings(),
  };
}

/** A stored-shape ticket with fixed defaults (not evaluated; for store and metrics tests). */
export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  const createdAt = overrides.createdAt ?? '2026-03-02T14:00:00.000Z';
  return {
    id: 't-1',
    number: 'PQRS-2026-000001',
    intakeKey: `key-${overrides.id ?? 't-1'}`,
    type: 'peticion',
    subject: 'Certificado laboral',
    description: 'Solicito copia de mi certificado laboral.',
    impact: 'media',
    urgency: 'media',
    priority: 'P3',
    channel: 'web',
    status: 'open',
    tier: 'N1',
    assigneeId: null,
    category: null,
    locale: 'es',
    requester: { name: 'Ana Pérez', email: 'ana@example.org' },
    receivedAt: createdAt,
    legal: null,
    history: [{ type: 'created', at: createdAt, actor: REQUESTER, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' }],
    fired: [],
    csat: null,
    nextWakeUpAt: null,
    breached: false,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}
