/**
 * Jira mode settings of the Teams server: on when the intake URL, the intake secret and the
 * notifications secret are all set; off when none is; a partial set refuses to start, naming what
 * is missing. Secrets are checked (`whsec_` + ≥16-byte base64) but never echoed.
 */
import { z } from 'zod';
import { t, type Locale } from '../../core/index';
import { secretKey } from '../../jira/webhooks/standard-webhooks';

/** What Jira mode needs (see docs/jira-mode.md). */
export interface JiraModeConfig {
  /** `VENTANILLA_JIRA_INTAKE_URL`: the Forge `ventanilla-intake` web trigger URL. */
  intakeUrl: string;
  /** `VENTANILLA_JIRA_INTAKE_SECRET` (whsec_…), equal to the Forge variable `VENTANILLA_WEBTRIGGER_SECRET`. */
  intakeSecret: string;
  /** `VENTANILLA_TEAMS_NOTIFY_SECRET` (whsec_…), equal to the Forge variable of the same name. */
  notifySecret: string;
}

export const JIRA_MODE_VARIABLES = ['VENTANILLA_JIRA_INTAKE_URL', 'VENTANILLA_JIRA_INTAKE_SECRET', 'VENTANILLA_TEAMS_NOTIFY_SECRET'] as const;
type Variable = (typeof JIRA_MODE_VARIABLES)[number];

/** A refusal: `code` is stable, `message` is translated and names the variable (never its value). */
export interface JiraConfigProblem {
  code: 'jira_mode_incomplete' | 'jira_mode_bad_url' | 'jira_mode_bad_secret';
  message: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const text = z.string().trim().optional().transform((v) => (v ? v : undefined));
const Env = z.object(Object.fromEntries(JIRA_MODE_VARIABLES.map((name) => [name, text])));

function isAllowedUrl(value: string): boolean {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/**
 * Reads Jira mode from `env`: `{ ok: true, config: null }` when off.
 *
 * @example
 * jiraModeFromEnv({ VENTANILLA_JIRA_INTAKE_URL: 'https://x/y' }, 'en');
 * // { ok: false, problem: { code: 'jira_mode_incomplete', message: 'Jira mode is incomplete: VENTANILLA_JIRA_INTAKE_SECRET, … is missing …' } }
 */
export function jiraModeFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  locale: Locale = 'es',
): { ok: true; config: JiraModeConfig | null } | { ok: false; problem: JiraConfigProblem } {
  const parsed = Env.parse(env);
  const value = (name: Variable): string | undefined => parsed[name];
  const present = JIRA_MODE_VARIABLES.filter((name) => value(name) !== undefined);
  if (present.length === 0) return { ok: true, config: null };
  const missing = JIRA_MODE_VARIABLES.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    const message = t(locale, 'jiraMode.config.incomplete', { missing: missing.join(', '), present: present.join(', ') });
    return { ok: false, problem: { code: 'jira_mode_incomplete', message } };
  }
  const intakeUrl = value('VENTANILLA_JIRA_INTAKE_URL') ?? '';
  const intakeSecret = value('VENTANILLA_JIRA_INTAKE_SECRET') ?? '';
  const notifySecret = value('VENTANILLA_TEAMS_NOTIFY_SECRET') ?? '';
  if (!isAllowedUrl(intakeUrl)) {
    return { ok: false, problem: { code: 'jira_mode_bad_url', message: t(locale, 'jiraMode.config.badUrl', { name: 'VENTANILLA_JIRA_INTAKE_URL' }) } };
  }
  for (const [name, secret] of [['VENTANILLA_JIRA_INTAKE_SECRET', intakeSecret], ['VENTANILLA_TEAMS_NOTIFY_SECRET', notifySecret]] as const) {
    if (secretKey(secret) === null) {
      return { ok: false, problem: { code: 'jira_mode_bad_secret', message: t(locale, 'jiraMode.config.badSecret', { name }) } };
    }
  }
  return { ok: true, config: { intakeUrl, intakeSecret, notifySecret } };
}
