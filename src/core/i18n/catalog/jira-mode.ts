/** Jira mode of the Teams server (ADR 0080/0081/0085): start-up checks and refusals, in Spanish and English. */
export const es = {
  'jiraMode.error.jira_mode':
    'Ventanilla funciona en modo Jira: esta acción se hace en Jira (cola, asignación, respuestas, configuración y reportes).',
  'jiraMode.error.jira_unavailable': 'Jira no respondió; su solicitud no se radicó. Intente de nuevo en unos minutos.',
  'jiraMode.error.jira_intake_unauthorized':
    'Jira rechazó la conexión del servidor de Teams ({reason}). Un administrador debe revisar el secreto compartido.',
  'jiraMode.error.jira_bad_response': 'Jira respondió algo inesperado (HTTP {status}). Intente de nuevo más tarde.',
  'jiraMode.config.incomplete': 'Modo Jira incompleto. Falta: {missing} (configurado: {present}).',
  'jiraMode.config.badUrl': '{name} debe ser una URL https:// (http:// solo en 127.0.0.1 o localhost).',
  'jiraMode.config.badSecret': '{name} debe ser "whsec_" seguido de una clave base64 de al menos 16 bytes.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'jiraMode.error.jira_mode':
    'Ventanilla runs in Jira mode: do this in Jira (queue, assignment, replies, settings and reports).',
  'jiraMode.error.jira_unavailable': 'Jira did not answer; your request was not filed. Try again in a few minutes.',
  'jiraMode.error.jira_intake_unauthorized':
    'Jira refused the Teams server ({reason}). An administrator must check the shared secret.',
  'jiraMode.error.jira_bad_response': 'Jira answered something unexpected (HTTP {status}). Try again later.',
  'jiraMode.config.incomplete': 'Jira mode is incomplete. Missing: {missing} (set: {present}).',
  'jiraMode.config.badUrl': '{name} must be an https:// URL (http:// only on 127.0.0.1 or localhost).',
  'jiraMode.config.badSecret': '{name} must be "whsec_" followed by a base64 key of at least 16 bytes.',
};
