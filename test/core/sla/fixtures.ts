import type { SlaPolicy, TicketEvent } from '../../../src/core/sla/index';
import type { Priority } from '../../../src/core/priority/index';

/** Bogotá office hours 08:00–12:00 / 14:00–17:00 Mon–Fri, San José (Mon 2026-03-23) closed. */
export const bogotaPolicy: SlaPolicy = {
  calendar: {
    timeZone: 'America/Bogota',
    week: Object.fromEntries(
      (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }]]),
    ),
    holidays: ['2026-03-23'],
  },
  goals: {
    firstResponse: { P1: 60, P2: 120, P3: 240, P4: 480, P5: 960 },
    resolution: { P1: 240, P2: 480, P3: 960, P4: 1440, P5: 2880 },
  },
  pauseStatuses: ['waitingRequester', 'waitingThirdParty'],
};

export const H = 3_600_000;
export const M = 60_000;

/** Local Bogotá wall time on a 2026-03 date → ISO with offset. */
export const bog = (date: string, hhmm: string): string => `2026-03-${date}T${hhmm}:00-05:00`;
/** The same instant as `toISOString()` prints it. */
export const z = (iso: string): string => new Date(iso).toISOString();

export const created = (at: string, priority: Priority = 'P3', status = 'open'): TicketEvent => ({ type: 'created', at, priority, status });
export const status = (at: string, s: string): TicketEvent => ({ type: 'statusChanged', at, status: s });
export const prio = (at: string, priority: Priority): TicketEvent => ({ type: 'priorityChanged', at, priority });
export const reply = (at: string): TicketEvent => ({ type: 'agentReplied', at });
export const resolved = (at: string): TicketEvent => ({ type: 'resolved', at });
export const reopened = (at: string): TicketEvent => ({ type: 'reopened', at });
