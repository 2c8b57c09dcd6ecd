/** Forge variables (`forge variables set …`), read from the environment at call time. */

export interface ForgeConfig {
  /** `whsec_…` Standard Webhooks secret of the intake web trigger. */
  webtriggerSecret: string | null;
  /** Project key where intake requests become issues (until the settings name one). */
  intakeProject: string | null;
  /** Largest accepted intake body, bytes. */
  maxBodyBytes: number;
}

const env = (name: string): string | null => {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
};

/** The current configuration. */
export function readConfig(): ForgeConfig {
  const max = Number(env('VENTANILLA_MAX_BODY_BYTES') ?? '65536');
  return {
    webtriggerSecret: env('VENTANILLA_WEBTRIGGER_SECRET'),
    intakeProject: env('VENTANILLA_INTAKE_PROJECT'),
    maxBodyBytes: Number.isFinite(max) && max > 0 ? max : 65_536,
  };
}
