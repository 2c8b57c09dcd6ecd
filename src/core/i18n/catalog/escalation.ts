/** Escalation: tiers, actions and tier-change refusals. */
export const es = {
  'escalation.tier.N1': 'N1 — Mesa de servicio (ventanilla de atención)',
  'escalation.tier.N2': 'N2 — Especialistas (dependencia competente)',
  'escalation.tier.N3': 'N3 — Desarrollo y expertos (oficina jurídica)',
  'escalation.tier.N4': 'N4 — Infraestructura y proveedores externos',
  'escalation.action.notify': 'El caso {ticketId} alcanzó el {atPercent} % del tiempo de {metric}.',
  'escalation.action.escalate': 'El caso {ticketId} alcanzó el {atPercent} % del tiempo de {metric} y se escaló a {tier}.',
  'escalation.tierChange.alreadyTop': 'El caso ya está en el nivel más alto (N4).',
  'escalation.tierChange.alreadyBottom': 'El caso ya está en el nivel más bajo (N1).',
  'escalation.tierChange.sameTier': 'El caso ya está en ese nivel.',
  'escalation.tierChange.reasonRequired': 'Escriba el motivo del cambio de nivel.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'escalation.tier.N1': 'N1 — Service desk',
  'escalation.tier.N2': 'N2 — Specialists (competent unit)',
  'escalation.tier.N3': 'N3 — Development and experts (legal office)',
  'escalation.tier.N4': 'N4 — Infrastructure and external vendors',
  'escalation.action.notify': 'Ticket {ticketId} has used {atPercent}% of its {metric} time.',
  'escalation.action.escalate': 'Ticket {ticketId} has used {atPercent}% of its {metric} time and was escalated to {tier}.',
  'escalation.tierChange.alreadyTop': 'The ticket is already at the highest tier (N4).',
  'escalation.tierChange.alreadyBottom': 'The ticket is already at the lowest tier (N1).',
  'escalation.tierChange.sameTier': 'The ticket is already at that tier.',
  'escalation.tierChange.reasonRequired': 'Write the reason for the tier change.',
};
