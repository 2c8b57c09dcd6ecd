/** Background jobs of the Forge app (the paced recompute after a settings save, ADR 0082). */
export const es = {
  'jiraJobs.recomputeQueued': 'Configuración guardada (versión {version}). Las solicitudes abiertas se están recalculando en segundo plano; en instalaciones grandes puede tardar varios minutos.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'jiraJobs.recomputeQueued': 'Settings saved (version {version}). Open requests are being recalculated in the background; on large sites this can take several minutes.',
};
