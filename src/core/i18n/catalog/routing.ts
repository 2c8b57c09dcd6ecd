/** Routing decisions (why a ticket went to whom). */
export const es = {
  'routing.strategy.roundRobin': 'Turno rotativo',
  'routing.strategy.leastLoaded': 'Menor carga',
  'routing.strategy.manual': 'Manual',
  'routing.reason.manual': 'Asignación manual: la solicitud queda en la cola del nivel {tier}.',
  'routing.reason.roundRobin': 'Turno rotativo entre {candidates} agentes disponibles del nivel {tier}.',
  'routing.reason.leastLoaded': 'Agente con menos solicitudes abiertas ({load}) entre {candidates} disponibles.',
  'routing.reason.noAgents': 'No hay agentes en el nivel {tier}.',
  'routing.reason.noSkilledAgent': 'Ningún agente del nivel {tier} atiende este tipo, categoría o idioma.',
  'routing.reason.noneAvailable': 'Ningún agente con las habilidades requeridas está disponible ahora.',
  'routing.reason.allAtCapacity': 'Todos los agentes disponibles alcanzaron su máximo de solicitudes abiertas.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'routing.strategy.roundRobin': 'Round robin',
  'routing.strategy.leastLoaded': 'Least loaded',
  'routing.strategy.manual': 'Manual',
  'routing.reason.manual': 'Manual assignment: the request waits in the {tier} queue.',
  'routing.reason.roundRobin': 'Round robin among {candidates} available {tier} agents.',
  'routing.reason.leastLoaded': 'Agent with the fewest open requests ({load}) among {candidates} available.',
  'routing.reason.noAgents': 'There are no agents in tier {tier}.',
  'routing.reason.noSkilledAgent': 'No {tier} agent handles this type, category or language.',
  'routing.reason.noneAvailable': 'No agent with the required skills is available right now.',
  'routing.reason.allAtCapacity': 'Every available agent has reached their open-request limit.',
};
