/** Messages of the Teams/standalone HTTP server (tab API errors, start-up banner). */
export const es = {
  'server.error.invalid_request': 'La solicitud no es válida: {detail}',
  'server.error.invalid_json': 'El cuerpo no es JSON válido.',
  'server.error.invalid_settings': 'La configuración no es válida.',
  'server.error.not_found': 'No se encontró el recurso solicitado.',
  'server.error.ticket_not_found': 'No se encontró la solicitud {id}.',
  'server.error.method_not_allowed': 'Método {method} no permitido aquí. Permitidos: {allowed}.',
  'server.error.payload_too_large': 'El cuerpo supera el límite de {limit} bytes.',
  'server.error.unsupported_media_type': 'Tipo de contenido no admitido: se espera application/json.',
  'server.error.unauthorized': 'Se requiere un token de acceso válido de Microsoft Teams.',
  'server.error.forbidden': 'No tiene permiso para esta acción.',
  'server.error.unknown_user': 'Usuario desconocido: {user}.',
  'server.error.conflict': 'La solicitud cambió mientras la editaba; vuelva a intentarlo.',
  'server.error.idempotency_mismatch': 'La clave de idempotencia ya se usó con otro contenido.',
  'server.error.invalid_idempotency_key': 'La cabecera Idempotency-Key debe tener entre 1 y 200 caracteres visibles.',
  'server.error.unexpected': 'Ocurrió un error inesperado. Intente de nuevo.',
  'server.error.unavailable': 'El servicio no está disponible en este momento.',
  'server.start.local':
    'Modo local: autenticación desactivada, escuchando solo en {host}. Identidad por la cabecera X-Ventanilla-User.',
  'server.start.entra': 'Modo Entra: se exigen tokens SSO de Teams (inquilino {tenant}).',
  'server.start.url': 'Ventanilla lista en {url}',
  'server.start.publicHostRefused':
    'Modo local: se negó a escuchar en {host}. Sin MICROSOFT_APP_ID solo se permite 127.0.0.1 (o ::1/localhost).',
  'server.start.seeded': 'Datos de demostración creados (agentes y equipos DEMO).',
} as const;

export const en: Record<keyof typeof es, string> = {
  'server.error.invalid_request': 'The request is not valid: {detail}',
  'server.error.invalid_json': 'The body is not valid JSON.',
  'server.error.invalid_settings': 'The settings are not valid.',
  'server.error.not_found': 'The requested resource was not found.',
  'server.error.ticket_not_found': 'Request {id} was not found.',
  'server.error.method_not_allowed': 'Method {method} is not allowed here. Allowed: {allowed}.',
  'server.error.payload_too_large': 'The body exceeds the {limit}-byte limit.',
  'server.error.unsupported_media_type': 'Unsupported content type: application/json expected.',
  'server.error.unauthorized': 'A valid Microsoft Teams access token is required.',
  'server.error.forbidden': 'You are not allowed to do this.',
  'server.error.unknown_user': 'Unknown user: {user}.',
  'server.error.conflict': 'The request changed while you were editing it; please try again.',
  'server.error.idempotency_mismatch': 'The idempotency key was already used with a different body.',
  'server.error.invalid_idempotency_key': 'The Idempotency-Key header must be 1 to 200 visible characters.',
  'server.error.unexpected': 'An unexpected error occurred. Please try again.',
  'server.error.unavailable': 'The service is unavailable right now.',
  'server.start.local':
    'Local mode: authentication off, listening on {host} only. Identity from the X-Ventanilla-User header.',
  'server.start.entra': 'Entra mode: Teams SSO tokens required (tenant {tenant}).',
  'server.start.url': 'Ventanilla ready at {url}',
  'server.start.publicHostRefused':
    'Local mode: refused to listen on {host}. Without MICROSOFT_APP_ID only 127.0.0.1 (or ::1/localhost) is allowed.',
  'server.start.seeded': 'Demo data created (DEMO agents and teams).',
};
