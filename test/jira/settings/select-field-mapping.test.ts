/**
 * The mapping's select-field entries (ADR 0089): accepted shapes, and validation messages that name
 * the field in Spanish and English, through the real `saveSettings` resolver on the Forge fakes.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/jira/handlers';
import { resultSchema, type ResolverName } from '../../../src/jira/resolvers/contract';
import { defaultMapping, jiraMappingSchema } from '../../../src/jira/settings/mapping';
import { validateDoc } from '../../../src/jira/settings/settings-store';
import { testContext, useForge } from '../harness';

const h = useForge('2026-03-02T15:00:00.000Z');
let handlers: ReturnType<typeof createHandlers>;
const base = defaultMapping('PQRS');
const good = { fieldId: 'customfield_10050', values: { Queja: 'queja', 'Petición': 'peticion' } };

async function invoke<K extends ResolverName>(name: K, payload: unknown, locale: string) {
  h().setUser('admin-1');
  const raw: unknown = await handlers.resolver(
    { call: { functionKey: name, payload }, context: { extension: { type: 'jira:adminPage' }, locale } },
    { principal: { accountId: 'admin-1' } },
  );
  return resultSchema(name).parse(raw);
}

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  handlers = createHandlers(testContext(h(), 'sm-'));
});

describe('select-field mapping schema', () => {
  it('accepts no select fields (older stored mappings), null, and a well-formed table', () => {
    expect(jiraMappingSchema.safeParse(base).success).toBe(true);
    expect(jiraMappingSchema.safeParse({ ...base, typeField: null, impactField: null, urgencyField: null }).success).toBe(true);
    const parsed = jiraMappingSchema.parse({ ...base, typeField: good, impactField: { fieldId: 'customfield_1', values: { Alto: 'alta' } } });
    expect(parsed.typeField).toEqual(good);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a field id that is not a custom field', { typeField: { ...good, fieldId: 'labels' } }, 'jira.typeField.fieldId', 'typeField.fieldId'],
    ['an unknown PQRS type', { typeField: { ...good, values: { Otro: 'otro' } } }, 'jira.typeField.values.Otro', 'typeField.values'],
    ['an unknown level', { impactField: { fieldId: 'customfield_2', values: { Alto: 'altisimo' } } }, 'jira.impactField.values.Alto', 'impactField.values'],
    ['a blank option', { urgencyField: { fieldId: 'customfield_3', values: { ' ': 'alta' } } }, 'jira.urgencyField.values. ', 'urgencyField.values'],
    ['not an object', { urgencyField: 'customfield_3' }, 'jira.urgencyField', 'urgencyField'],
  ])('rejects %s, naming the field', (_name, patch, path, field) => {
    const res = validateDoc(undefined, { ...base, ...patch });
    expect(res.ok).toBe(false);
    const issue = res.ok ? undefined : res.issues.find((i) => i.path === path);
    expect(issue?.message).toContain(field);
  });
});

describe('saveSettings with a bad select field (es / en)', () => {
  it.each([
    ['es_ES', 'typeField.fieldId debe ser uno de', 'impactField.values debe ser uno de alta, media, baja'],
    ['en_US', 'typeField.fieldId must be one of', 'impactField.values must be one of alta, media, baja'],
  ])('%s: each issue is on the field path and names the field', async (locale, typeMessage, impactMessage) => {
    const current = await invoke('getSettings', {}, locale);
    if (!current.ok) throw new Error('getSettings failed');
    const jira = { ...current.data.jira, typeField: { ...good, fieldId: 'cf_10050' }, impactField: { fieldId: 'customfield_2', values: { Alto: 'altisimo' } } };
    const res = await invoke('saveSettings', { settings: current.data.settings, jira, expectedVersion: current.data.meta.version }, locale);
    expect(res.ok).toBe(false);
    const issues = res.ok ? [] : res.error.issues ?? [];
    expect(issues.find((i) => i.path === 'jira.typeField.fieldId')?.message).toContain(typeMessage);
    expect(issues.find((i) => i.path === 'jira.impactField.values.Alto')?.message).toBe(impactMessage);
  });

  it('a valid select mapping is saved and read back', async () => {
    const current = await invoke('getSettings', {}, 'es_ES');
    if (!current.ok) throw new Error('getSettings failed');
    const saved = await invoke('saveSettings', { settings: current.data.settings, jira: { ...current.data.jira, typeField: good }, expectedVersion: current.data.meta.version }, 'es_ES');
    expect(saved.ok).toBe(true);
    const again = await invoke('getSettings', {}, 'es_ES');
    expect(again.ok ? again.data.jira.typeField : null).toEqual(good);
  });
});
