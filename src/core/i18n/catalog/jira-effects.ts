/**
 * Jira escalation effects (ADR 0087): the texts an escalation rule's `comment` effect may post
 * (its `messageKey`), and the fallback when a rule names a key the catalogue does not have.
 * Placeholders: {number} radicado, {tier} / {tierName} current tier, {atPercent} and {metric}
 * of the rule that fired.
 */
export const es = {
  'jiraEffects.comment.fallback': 'Ventanilla: la regla de escalamiento de la solicitud {number} pidió el mensaje «{messageKey}», que no existe en el catálogo.',
  'jiraEffects.comment.reviewRequested': 'Ventanilla: la solicitud {number} consumió el {atPercent} % del tiempo de {metric}. Se solicita revisión del nivel {tierName}.',
  'jiraEffects.comment.breachImminent': 'Ventanilla: la solicitud {number} está por incumplir el SLA de {metric}. Priorícela.',
  'jiraEffects.comment.breached': 'Ventanilla: la solicitud {number} incumplió el SLA de {metric}. Registre la causa y el plan de respuesta.',
  'jiraEffects.comment.legalRisk': 'Ventanilla: la solicitud {number} consumió el {atPercent} % de su término legal. Responda o prorrogue antes del vencimiento.',
  'jiraEffects.metric.firstResponse': 'primera respuesta',
  'jiraEffects.metric.resolution': 'resolución',
  'jiraEffects.metric.legal': 'término legal',
} as const;

export const en: Record<keyof typeof es, string> = {
  'jiraEffects.comment.fallback': 'Ventanilla: the escalation rule of request {number} asked for message "{messageKey}", which is not in the catalogue.',
  'jiraEffects.comment.reviewRequested': 'Ventanilla: request {number} has used {atPercent} % of its {metric} time. Tier {tierName} is asked to review it.',
  'jiraEffects.comment.breachImminent': 'Ventanilla: request {number} is about to breach its {metric} SLA. Please prioritise it.',
  'jiraEffects.comment.breached': 'Ventanilla: request {number} breached its {metric} SLA. Record the cause and the response plan.',
  'jiraEffects.comment.legalRisk': 'Ventanilla: request {number} has used {atPercent} % of its legal term. Answer or extend it before it is due.',
  'jiraEffects.metric.firstResponse': 'first response',
  'jiraEffects.metric.resolution': 'resolution',
  'jiraEffects.metric.legal': 'legal term',
};
