import type { TimeRange } from '../calendar/index';
import { colombianHolidays } from '../holidays/index';
import { DEFAULT_PRIORITY_MATRIX } from '../priority/index';
import type { Settings } from './schema';

const OFFICE: TimeRange[] = [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];
const DAY = 7 * 60; // business minutes in one office day

/** Options of {@link colombiaPreset}; the core never reads the clock, so `updatedAt` is passed in. */
export interface ColombiaPresetOptions {
  years?: { from: number; to: number };
  updatedAt?: string;
  updatedBy?: string;
}

/**
 * A complete, valid default for a Colombian entity: Bogotá office hours 08:00–12:00 / 14:00–17:00
 * Mon–Fri with the national holidays, PQRS SLA goals (business minutes), escalation at 50 % /
 * 75 % (N2) / 90 % (N3) / 100 %, tiers N1–N4, ITIL matrix, least-loaded routing, art. 17
 * suspensions in `resume` mode.
 *
 * @example
 * validateSettings(colombiaPreset()).ok; // true
 */
export function colombiaPreset(opts: ColombiaPresetOptions = {}): Settings {
  const years = opts.years ?? { from: 2025, to: 2030 };
  const holidays: string[] = [];
  for (let y = years.from; y <= years.to; y++) holidays.push(...colombianHolidays(y));
  const pauseStatuses: Settings['slaPolicies'][number]['pauseStatuses'] = ['waitingRequester', 'waitingThirdParty'];
  const firstResponse = { P1: 60, P2: 120, P3: 4 * 60, P4: DAY, P5: 2 * DAY };
  return {
    meta: { version: 1, updatedAt: opts.updatedAt ?? '2026-01-01T00:00:00-05:00', updatedBy: opts.updatedBy ?? 'preset:colombia' },
    calendars: [
      {
        id: 'bogota',
        name: 'Bogotá — horario de atención',
        spec: {
          timeZone: 'America/Bogota',
          week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
          holidays,
          closures: [],
        },
        holidayGenerator: { country: 'CO', years },
      },
    ],
    slaPolicies: [
      {
        id: 'consultas',
        name: 'PQRS — consultas (término de 30 días)',
        match: { types: ['consulta'] },
        calendarId: 'bogota',
        goals: { firstResponse, resolution: { P1: DAY, P2: 2 * DAY, P3: 6 * DAY, P4: 12 * DAY, P5: 20 * DAY } },
        pauseStatuses,
      },
      {
        id: 'default',
        name: 'PQRS — política general',
        match: {},
        calendarId: 'bogota',
        goals: { firstResponse, resolution: { P1: 4 * 60, P2: DAY, P3: 3 * DAY, P4: 6 * DAY, P5: 10 * DAY } },
        pauseStatuses,
      },
    ],
    escalationRules: [
      { metric: 'firstResponse', atPercent: 50, action: 'notify' },
      { metric: 'firstResponse', atPercent: 100, action: 'notify' },
      { metric: 'resolution', atPercent: 50, action: 'notify' },
      { metric: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' },
      { metric: 'resolution', atPercent: 90, action: 'escalate', toTier: 'N3' },
      {
        metric: 'resolution',
        atPercent: 100,
        action: 'notify',
        effects: [{ kind: 'notify', to: ['assignee', 'tierLead'] }, { kind: 'raisePriority', by: 1 }],
      },
    ],
    tiers: {
      N1: { name: 'N1 — Ventanilla de atención', members: [], groups: [] },
      N2: { name: 'N2 — Dependencia competente', members: [], groups: [] },
      N3: { name: 'N3 — Oficina jurídica y expertos', members: [], groups: [] },
      N4: { name: 'N4 — Infraestructura y proveedores', members: [], groups: [] },
    },
    initialTier: 'N1',
    priorityMatrix: structuredClone(DEFAULT_PRIORITY_MATRIX),
    routing: { strategy: 'leastLoaded' },
    agents: [],
    admins: [],
    legal: { calendarId: 'bogota', suspensionMode: 'resume', alertPercents: [50, 75, 90, 100] },
  };
}
