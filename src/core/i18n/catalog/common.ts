/** Messages shared by every front end. */
export const es = {
  'common.appName': 'Ventanilla',
  'common.error.unexpected': 'Ocurrió un error inesperado. Intente de nuevo.',
  'common.error.not_found': 'No se encontró el recurso solicitado.',
  'common.error.invalid_input': 'La solicitud no es válida: {detail}',
  'common.error.forbidden': 'No tiene permiso para realizar esta acción.',
  'common.error.unauthorized': 'Debe iniciar sesión.',
  'common.error.conflict': 'Otra persona modificó este recurso al mismo tiempo. Recargue e intente de nuevo.',
  'common.yes': 'Sí',
  'common.no': 'No',
  'common.none': 'Ninguno',
} as const;

export const en: Record<keyof typeof es, string> = {
  'common.appName': 'Ventanilla',
  'common.error.unexpected': 'Something went wrong. Please try again.',
  'common.error.not_found': 'The requested resource was not found.',
  'common.error.invalid_input': 'The request is not valid: {detail}',
  'common.error.forbidden': 'You are not allowed to do this.',
  'common.error.unauthorized': 'Please sign in.',
  'common.error.conflict': 'Someone else changed this at the same time. Reload and try again.',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.none': 'None',
};
