import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/core/i18n/catalog/index';
import { allMessages, errorBody, resolveLocale, t, TICKET_STATUSES, CHANNELS, PRIORITIES, TIERS, PQRS_KINDS } from '../../../src/core/index';

describe('catalogues', () => {
  for (const [area, catalogue] of Object.entries(AREAS)) {
    it(`${area}: es and en have the same keys, all prefixed "${area}.", none empty`, () => {
      const es: Record<string, string> = catalogue.es;
      const en: Record<string, string> = catalogue.en;
      expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
      for (const [key, value] of [...Object.entries(es), ...Object.entries(en)]) {
        expect(key.startsWith(`${area}.`), key).toBe(true);
        expect(value.trim().length, key).toBeGreaterThan(0);
      }
    });
    it(`${area}: es and en templates use the same placeholders`, () => {
      const es: Record<string, string> = catalogue.es;
      const en: Record<string, string> = catalogue.en;
      const names = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(es)) expect(names(en[key]), key).toEqual(names(es[key]));
    });
  }

  it('has a label in both locales for every status, channel, type, priority and tier', () => {
    const keys = [
      ...TICKET_STATUSES.map((s) => `tickets.status.${s}`),
      ...CHANNELS.map((c) => `tickets.channel.${c}`),
      ...PQRS_KINDS.map((k) => `tickets.type.${k}`),
      ...PRIORITIES.map((p) => `tickets.priority.${p}`),
      ...TIERS.map((x) => `tickets.tier.${x}`),
    ];
    for (const key of keys) {
      expect(allMessages('es')[key], key).toBeDefined();
      expect(allMessages('en')[key], key).toBeDefined();
    }
  });
});

describe('t', () => {
  it.each([
    ['es', 'tickets.status.waitingRequester', undefined, 'En espera del solicitante'],
    ['en', 'tickets.status.waitingRequester', undefined, 'Waiting for requester'],
    ['en', 'tickets.error.not_found', { id: 'T-9' }, 'Request T-9 was not found.'],
    ['es', 'tickets.error.term_expired', { dueDate: '2026-03-24' }, 'El término legal venció el 2026-03-24; ya no se puede prorrogar.'],
    ['en', 'tickets.error.not_found', {}, 'Request {id} was not found.'],
    ['es', 'no.such.key', undefined, 'no.such.key'],
  ] as const)('t(%s, %s)', (locale, key, params, expected) => {
    expect(t(locale, key, params)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  it.each([
    [undefined, 'es'],
    [null, 'es'],
    ['', 'es'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['es-CO,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR, en;q=0.5, es;q=0.8', 'es'],
    ['fr-FR, de;q=0.9', 'es'],
    ['en;q=0, es;q=0.1', 'es'],
    ['EN_gb', 'en'],
    ['pt-BR,en;q=0.7', 'en'],
  ] as const)('%s → %s', (header, expected) => {
    expect(resolveLocale(header)).toBe(expected);
  });
});

describe('errorBody', () => {
  it('uses tickets.error.<code>, then common.error.<code>, then the generic message', () => {
    expect(errorBody('not_found', 'en', { id: 'T-1' })).toEqual({ error: { code: 'not_found', message: 'Request T-1 was not found.' } });
    expect(errorBody('unauthorized', 'es')).toEqual({ error: { code: 'unauthorized', message: 'Debe iniciar sesión.' } });
    expect(errorBody('weird', 'en').error.message).toBe('Something went wrong. Please try again.');
    expect(errorBody('invalid_input', 'en', { detail: 'x' }, 'common.error.invalid_input').error.message).toBe('The request is not valid: x');
  });
});
