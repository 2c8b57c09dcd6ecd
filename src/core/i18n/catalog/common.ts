/** Messages shared by every front end. */
export const es = {
  'common.appName': 'Ventanilla',
} as const;

export const en: Record<keyof typeof es, string> = {
  'common.appName': 'Ventanilla',
};
