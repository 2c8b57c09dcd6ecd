import { describe, expect, it } from 'vitest';
import { hasMessage, type Notification } from '../../../src/core/index';
import { commentForEffect, EFFECT_COMMENT_KEYS } from '../../../src/jira/notifier/effect-comments';
import { aSettings } from '../../fakes/builders';

const base = {
  ticketId: 't-1', number: 'PQRS-2026-000042', requester: { email: 'ana@example.org' }, assigneeId: null, tier: 'N2',
} as const;
const effect = (locale: 'es' | 'en', messageKey: string, key = 't-1:resolution:75'): Notification =>
  ({ ...base, locale, kind: 'escalationComment', key, messageKey, internal: true });
const settings = aSettings();

describe('commentForEffect', () => {
  it.each([
    ['es', 'jiraEffects.comment.reviewRequested', 't-1:resolution:75',
      'Ventanilla: la solicitud PQRS-2026-000042 consumió el 75 % del tiempo de resolución. Se solicita revisión del nivel N2 — Dependencia competente.'],
    ['en', 'jiraEffects.comment.reviewRequested', 't-1:resolution:75',
      'Ventanilla: request PQRS-2026-000042 has used 75 % of its resolution time. Tier N2 — Dependencia competente is asked to review it.'],
    ['es', 'jiraEffects.comment.breached', 't-1:firstResponse:100',
      'Ventanilla: la solicitud PQRS-2026-000042 incumplió el SLA de primera respuesta. Registre la causa y el plan de respuesta.'],
    ['en', 'jiraEffects.comment.breached', 't-1:firstResponse:100',
      'Ventanilla: request PQRS-2026-000042 breached its first response SLA. Record the cause and the response plan.'],
    ['en', 'jiraEffects.comment.legalRisk', 't-1:legal:90',
      'Ventanilla: request PQRS-2026-000042 has used 90 % of its legal term. Answer or extend it before it is due.'],
  ] as const)('%s %s', (locale, messageKey, key, text) => {
    expect(commentForEffect(effect(locale, messageKey, key), settings)).toBe(text);
  });

  it.each([
    ['es', 'custom.missing', 'Ventanilla: la regla de escalamiento de la solicitud PQRS-2026-000042 pidió el mensaje «custom.missing», que no existe en el catálogo.'],
    ['en', 'custom.missing', 'Ventanilla: the escalation rule of request PQRS-2026-000042 asked for message "custom.missing", which is not in the catalogue.'],
    ['en', 'evil <b>key</b> with spaces', 'Ventanilla: the escalation rule of request PQRS-2026-000042 asked for message "?", which is not in the catalogue.'],
  ] as const)('a key the catalogue lacks (%s, %s) names it safely', (locale, messageKey, text) => {
    expect(commentForEffect(effect(locale, messageKey), settings)).toBe(text);
  });

  it('uses the tier code when no settings are given, and is null for other kinds', () => {
    expect(commentForEffect(effect('en', 'jiraEffects.comment.reviewRequested'))).toContain('Tier N2 is asked');
    expect(commentForEffect({ ...base, locale: 'es', kind: 'reopened' }, settings)).toBeNull();
  });

  it('every offered message key exists in the catalogue', () => {
    expect(EFFECT_COMMENT_KEYS.filter((k) => !hasMessage(k))).toEqual([]);
  });
});
