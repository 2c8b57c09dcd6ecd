/** Teams bot reliability (ADR 0088): one ticket per intake form, read-only form after filing. */
export const es = {
  'botReliability.form.sent': 'Formulario enviado: ya no se puede enviar otra vez.',
  'botReliability.form.invalidToken': 'Este formulario no es válido. Escriba "nueva solicitud" para abrir uno nuevo.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'botReliability.form.sent': 'Form sent: it cannot be sent again.',
  'botReliability.form.invalidToken': 'This form is not valid. Type "new request" to open a new one.',
};
