/** Admin settings: validation messages and preset names. */
export const es = {
  'settings.invalid': 'La configuración tiene {count} problema(s).',
  'settings.preset.colombia': 'Colombia — PQRS (Ley 1755 de 2015)',
  'settings.preset.calendarName': 'Bogotá — horario de atención',
  'settings.preset.policyName': 'PQRS — política general',
  'settings.preset.legalPolicyName': 'PQRS — peticiones con término legal',
  'settings.routing.roundRobin': 'Por turnos',
  'settings.routing.leastLoaded': 'Menor carga',
  'settings.routing.skills': 'Por habilidades',
} as const;

export const en: Record<keyof typeof es, string> = {
  'settings.invalid': 'The settings have {count} problem(s).',
  'settings.preset.colombia': 'Colombia — PQRS (Law 1755 of 2015)',
  'settings.preset.calendarName': 'Bogotá — office hours',
  'settings.preset.policyName': 'PQRS — general policy',
  'settings.preset.legalPolicyName': 'PQRS — requests with a legal term',
  'settings.routing.roundRobin': 'Round robin',
  'settings.routing.leastLoaded': 'Least loaded',
  'settings.routing.skills': 'Skills',
};
