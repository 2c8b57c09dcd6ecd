/** Jira mode configuration: all three variables or none; a partial or malformed set refuses to start, naming the variable, never echoing a secret. */
import { describe, expect, it } from 'vitest';
import { jiraModeFromEnv } from '../../src/teams/jira-mode/jira-config';
import { ConfigError, loadConfig } from '../../src/teams/config';

const URL_ = 'https://fake-install.webtrigger.atlassian.app/public/ventanilla-intake';
const INTAKE = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOTIFY = 'whsec_dGVhbXMtbm90aWZ5LXNlY3JldC1mb3ItZTJlLTAwMDE=';
const FULL = { VENTANILLA_JIRA_INTAKE_URL: URL_, VENTANILLA_JIRA_INTAKE_SECRET: INTAKE, VENTANILLA_TEAMS_NOTIFY_SECRET: NOTIFY };

describe('jiraModeFromEnv', () => {
  it('is off (null) when none of the three variables is set, or they are blank', () => {
    expect(jiraModeFromEnv({})).toEqual({ ok: true, config: null });
    expect(jiraModeFromEnv({ VENTANILLA_JIRA_INTAKE_URL: '  ' })).toEqual({ ok: true, config: null });
  });

  it('is on with all three', () => {
    expect(jiraModeFromEnv(FULL)).toEqual({ ok: true, config: { intakeUrl: URL_, intakeSecret: INTAKE, notifySecret: NOTIFY } });
    expect(jiraModeFromEnv({ ...FULL, VENTANILLA_JIRA_INTAKE_URL: 'http://127.0.0.1:7000/intake' }).ok).toBe(true);
  });

  it.each([
    ['only the URL', { VENTANILLA_JIRA_INTAKE_URL: URL_ }, 'es', 'Modo Jira incompleto. Falta: VENTANILLA_JIRA_INTAKE_SECRET, VENTANILLA_TEAMS_NOTIFY_SECRET (configurado: VENTANILLA_JIRA_INTAKE_URL).'],
    ['no notify secret', { VENTANILLA_JIRA_INTAKE_URL: URL_, VENTANILLA_JIRA_INTAKE_SECRET: INTAKE }, 'en', 'Jira mode is incomplete. Missing: VENTANILLA_TEAMS_NOTIFY_SECRET (set: VENTANILLA_JIRA_INTAKE_URL, VENTANILLA_JIRA_INTAKE_SECRET).'],
  ])('refuses a partial set (%s), naming what is missing', (_name, env, locale, message) => {
    expect(jiraModeFromEnv(env, locale === 'en' ? 'en' : 'es')).toEqual({ ok: false, problem: { code: 'jira_mode_incomplete', message } });
  });

  it.each([
    ['a plain http URL to a public host', { ...FULL, VENTANILLA_JIRA_INTAKE_URL: 'http://jira.example.org/x' }, 'jira_mode_bad_url', 'VENTANILLA_JIRA_INTAKE_URL'],
    ['not a URL', { ...FULL, VENTANILLA_JIRA_INTAKE_URL: 'intake' }, 'jira_mode_bad_url', 'VENTANILLA_JIRA_INTAKE_URL'],
    ['an intake secret without whsec_', { ...FULL, VENTANILLA_JIRA_INTAKE_SECRET: 'hunter2-hunter2-hunter2' }, 'jira_mode_bad_secret', 'VENTANILLA_JIRA_INTAKE_SECRET'],
    ['a notify secret under 16 bytes', { ...FULL, VENTANILLA_TEAMS_NOTIFY_SECRET: 'whsec_c2hvcnQ=' }, 'jira_mode_bad_secret', 'VENTANILLA_TEAMS_NOTIFY_SECRET'],
  ])('refuses %s: the message names the variable and does not contain the value', (_name, env, code, variable) => {
    const r = jiraModeFromEnv(env, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(r.problem.message).toContain(variable);
    for (const value of Object.values(env)) expect(r.problem.message).not.toContain(value);
  });
});

describe('loadConfig with Jira mode', () => {
  it('standalone by default (jira: null); Jira mode when the three are set', () => {
    expect(loadConfig({}, []).jira).toBeNull();
    expect(loadConfig(FULL, []).jira).toMatchObject({ intakeUrl: URL_ });
  });

  it('refuses to start on a partial set with a ConfigError naming the variable and never the secret', () => {
    const error = (() => {
      try {
        loadConfig({ VENTANILLA_JIRA_INTAKE_SECRET: INTAKE }, [], 'en');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error instanceof ConfigError && error.code).toBe('jira_mode_incomplete');
    expect(String(error instanceof Error && error.message)).toContain('VENTANILLA_JIRA_INTAKE_URL');
    expect(String(error instanceof Error && error.message)).not.toContain(INTAKE);
  });
});
