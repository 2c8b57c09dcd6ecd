/** SLA clocks: metric and state labels. */
export const es = {
  'sla.metric.firstResponse': 'Primera respuesta',
  'sla.metric.resolution': 'Resolución',
  'sla.state.running': 'En curso',
  'sla.state.paused': 'En pausa',
  'sla.state.met': 'Cumplido',
  'sla.state.breached': 'Incumplido',
  'sla.dueAt': 'Vence {dueAt}',
  'sla.breachedAt': 'Incumplido desde {breachedAt}',
  'sla.remaining': 'Quedan {duration} hábiles',
  'sla.overdue': 'Vencido hace {duration} hábiles',
} as const;

export const en: Record<keyof typeof es, string> = {
  'sla.metric.firstResponse': 'First response',
  'sla.metric.resolution': 'Resolution',
  'sla.state.running': 'Running',
  'sla.state.paused': 'Paused',
  'sla.state.met': 'Met',
  'sla.state.breached': 'Breached',
  'sla.dueAt': 'Due {dueAt}',
  'sla.breachedAt': 'Breached since {breachedAt}',
  'sla.remaining': '{duration} business time left',
  'sla.overdue': 'Overdue by {duration} business time',
};
