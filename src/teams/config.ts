/**
 * Server configuration from the environment. Without an Entra app id the server runs in local
 * mode: auth off and loopback only — asking for a public HOST then refuses to start.
 */
import { z } from 'zod';
import { t, type Locale } from '../core/index';
import { isLoopbackHost } from './auth/local-auth';
import { DEFAULT_PULSE_SCHEDULE, parsePulseSchedule, type PulseSchedule } from './scheduler/pulse-week';
import { jiraModeFromEnv, type JiraModeConfig } from './jira-mode/jira-config';

export type { JiraModeConfig } from './jira-mode/jira-config';

export interface EntraSettings {
  appId: string;
  tenantId: string;
  appPassword?: string;
  certificatePath?: string;
  appIdUris?: string[];
}

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  /** Null = local mode. */
  entra: EntraSettings | null;
  /** Seed the demo users/teams on first run (`--no-seed` turns it off). */
  seed: boolean;
  /** Root of the built tabs, or null. */
  staticRoot: string | null;
  /** Weekly agent pulse (`VENTANILLA_PULSE`, e.g. "fri 15:00" or "off"); default Friday 15:00, null = off. */
  pulse?: PulseSchedule | null;
  /**
   * Jira mode (docs/jira-mode.md): requests are filed in Jira through the Forge web trigger and
   * Forge relays notifications back. Absent or null = standalone.
   */
  jira?: JiraModeConfig | null;
}

/** A start-up refusal with a translated message. */
export class ConfigError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const optional = z.string().trim().optional().transform((v) => (v ? v : undefined));
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optional,
  VENTANILLA_DB: optional,
  VENTANILLA_STATIC: optional,
  MICROSOFT_APP_ID: optional,
  MicrosoftAppId: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MicrosoftAppTenantId: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MicrosoftAppPassword: optional,
  MICROSOFT_APP_CERTIFICATE: optional,
  MICROSOFT_APP_ID_URI: optional,
  VENTANILLA_PULSE: optional,
});

/**
 * The configuration for `env` and command-line `args`; throws {@link ConfigError} when it refuses.
 *
 * @example
 * loadConfig({ PORT: '0' }, []); // local mode on 127.0.0.1, ./data/ventanilla.db
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
  locale: Locale = 'es',
  defaults: { staticRoot: string | null } = { staticRoot: 'static/teams/build' },
): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError('invalid_env', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = parsed.data;
  const appId = e.MICROSOFT_APP_ID ?? e.MicrosoftAppId;
  const host = e.HOST ?? '127.0.0.1';
  let entra: EntraSettings | null = null;
  if (appId) {
    const tenantId = e.MICROSOFT_APP_TENANT_ID ?? e.MicrosoftAppTenantId;
    const appPassword = e.MICROSOFT_APP_PASSWORD ?? e.MicrosoftAppPassword;
    if (!tenantId) throw new ConfigError('missing_tenant', 'MICROSOFT_APP_TENANT_ID is required with MICROSOFT_APP_ID');
    if (!appPassword && !e.MICROSOFT_APP_CERTIFICATE) {
      throw new ConfigError('missing_secret', 'MICROSOFT_APP_PASSWORD or MICROSOFT_APP_CERTIFICATE is required with MICROSOFT_APP_ID');
    }
    entra = {
      appId,
      tenantId,
      ...(appPassword && { appPassword }),
      ...(e.MICROSOFT_APP_CERTIFICATE && { certificatePath: e.MICROSOFT_APP_CERTIFICATE }),
      ...(e.MICROSOFT_APP_ID_URI && { appIdUris: e.MICROSOFT_APP_ID_URI.split(',').map((s) => s.trim()) }),
    };
  } else if (!isLoopbackHost(host)) {
    throw new ConfigError('public_host_refused', t(locale, 'server.start.publicHostRefused', { host }));
  }
  let pulse: PulseSchedule | null = DEFAULT_PULSE_SCHEDULE;
  if (e.VENTANILLA_PULSE !== undefined) {
    pulse = e.VENTANILLA_PULSE.toLowerCase() === 'off' ? null : parsePulseSchedule(e.VENTANILLA_PULSE);
    if (pulse === null && e.VENTANILLA_PULSE.toLowerCase() !== 'off') {
      throw new ConfigError('invalid_env', `VENTANILLA_PULSE: expected "fri 15:00" or "off", got "${e.VENTANILLA_PULSE}"`);
    }
  }
  const jira = jiraModeFromEnv(env, locale);
  if (!jira.ok) throw new ConfigError(jira.problem.code, jira.problem.message);
  return {
    port: e.PORT,
    host,
    dbPath: e.VENTANILLA_DB ?? './data/ventanilla.db',
    entra,
    seed: !args.includes('--no-seed'),
    staticRoot: e.VENTANILLA_STATIC ?? defaults.staticRoot,
    pulse,
    jira: jira.config,
  };
}
