import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { localizeIssues, localizeMessage } from '../../../src/core/i18n/index';
import { validateSettings } from '../../../src/core/settings/index';

const schema = z.object({
  name: z.string(),
  age: z.number(),
  nick: z.string().min(3).max(5),
  score: z.number().min(1).max(10),
  low: z.number().gt(0),
  tags: z.array(z.string()).min(1).max(2),
  email: z.email(),
  kind: z.enum(['queja', 'reclamo']),
  inner: z.object({}).strict(),
  custom: z.string().refine((v) => v === 'ok', { message: 'must say ok' }),
  known: z.string().min(1, 'channelRef must not be empty'),
});

const valid = { name: 'a', age: 1, nick: 'abcd', score: 5, low: 1, tags: ['x'], email: 'a@b.co', kind: 'queja', inner: {}, custom: 'ok', known: 'x' };

function issueAt(patch: Record<string, unknown>, path: string, locale: 'es' | 'en'): string | undefined {
  const r = schema.safeParse({ ...valid, ...patch });
  if (r.success) throw new Error('expected a failure');
  return localizeIssues(r.error, locale).find((i) => i.path === path)?.message;
}

describe('localizeIssues', () => {
  it.each([
    ['missing field', { name: undefined }, 'name', 'Este campo es obligatorio', 'This field is required'],
    ['wrong type', { age: 'x' }, 'age', 'Se esperaba un número', 'Expected a number'],
    ['short string', { nick: 'a' }, 'nick', 'Debe tener al menos 3 caracteres', 'Must be at least 3 characters'],
    ['long string', { nick: 'abcdefg' }, 'nick', 'Debe tener como máximo 5 caracteres', 'Must be at most 5 characters'],
    ['small number', { score: 0 }, 'score', 'Debe ser mayor o igual a 1', 'Must be greater than or equal to 1'],
    ['big number', { score: 11 }, 'score', 'Debe ser menor o igual a 10', 'Must be less than or equal to 10'],
    ['exclusive minimum', { low: 0 }, 'low', 'Debe ser mayor que 0', 'Must be greater than 0'],
    ['empty list', { tags: [] }, 'tags', 'Debe tener al menos 1 elemento', 'Must have at least 1 item'],
    ['long list', { tags: ['a', 'b', 'c'] }, 'tags', 'Debe tener como máximo 2 elementos', 'Must have at most 2 items'],
    ['bad e-mail', { email: 'nope' }, 'email', 'Debe ser un correo electrónico válido', 'Must be a valid e-mail address'],
    ['enum', { kind: 'x' }, 'kind', "Debe ser uno de: 'queja', 'reclamo'", "Must be one of: 'queja', 'reclamo'"],
    ['unknown keys', { inner: { a: 1, b: 2 } }, 'inner', 'Campos no reconocidos: a, b', 'Unrecognized fields: a, b'],
    ['unknown custom', { custom: 'no' }, 'custom', 'must say ok', 'must say ok'],
    ['known custom', { known: '' }, 'known', 'channelRef es obligatorio', 'channelRef is required'],
  ])('%s', (_name, patch, path, es, en) => {
    expect(issueAt(patch, path, 'es')).toBe(es);
    expect(issueAt(patch, path, 'en')).toBe(en);
  });

  it.each([
    ["duplicate id 'x'", "Id duplicado 'x'"],
    ["calendarId 'cali' names no calendar", "calendarId 'cali' no corresponde a ningún calendario"],
    ['meta.version must be ≥ 1', 'meta.version debe ser ≥ 1'],
    ['range overlaps range 0 of the same day', 'La franja se cruza con la franja 0 del mismo día'],
    ['something else entirely', 'something else entirely'],
  ])('localizeMessage(%j, es)', (message, es) => {
    expect(localizeMessage(message, 'es')).toBe(es);
  });
});

describe('validateSettings with a locale', () => {
  it.each([
    ['es', 'Se requiere al menos un calendario'],
    ['en', 'at least one calendar is required'],
  ] as const)('%s', (locale, message) => {
    const r = validateSettings({ calendars: [] }, locale);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.path === 'calendars')?.message).toBe(message);
    expect(r.issues.find((i) => i.path === 'meta')?.message).toMatch(locale === 'es' ? /^Se esperaba|obligatorio/ : /^Expected|required/);
  });
});
