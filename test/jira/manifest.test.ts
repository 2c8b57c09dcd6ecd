/**
 * manifest.yml ↔ code: Atlassian's own validators (@forge/manifest, offline) pass with no
 * problems, every `function` handler is an exported function of src/jira/index.ts, the custom
 * entity matches the store's index definitions, titles are translated from the i18n catalogue,
 * and no UI module uses the retired UI Kit 1 `function:` form. Build-independent: the Custom UI
 * build dirs (made by the UI's vite build) are stubbed in a temporary copy.
 */
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FullValidationProcessor, ProductTriggerValidationProcessor } from '@forge/manifest';
import * as entry from '../../src/jira/index';
import { ENTITY_DEFS, TICKET_ENTITY } from '../../src/jira/store/entity';
import { es as jiraEs, en as jiraEn } from '../../src/core/i18n/catalog/jira';

const ROOT = resolve(__dirname, '../..');
let dir = '';

const manifestSchema = z.object({
  modules: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
  permissions: z.object({ scopes: z.array(z.string()) }),
  app: z.object({
    runtime: z.object({ name: z.string() }),
    storage: z.object({
      entities: z.array(z.object({
        name: z.string(),
        attributes: z.record(z.string(), z.object({ type: z.string() })),
        indexes: z.array(z.object({ name: z.string(), range: z.array(z.string()), partition: z.array(z.string()).optional() })),
      })),
    }),
  }),
});

type Validated = {
  full: Awaited<ReturnType<FullValidationProcessor['process']>>;
  triggers: Awaited<ReturnType<ProductTriggerValidationProcessor['process']>>;
  manifest: z.infer<typeof manifestSchema>;
};
let validated: Validated | null = null;

/** The validation result (the processors compile Atlassian's 2 MB schema once: slow, so shared). */
function validate(): Validated {
  if (!validated) throw new Error('not validated');
  return validated;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ventanilla-manifest-'));
  copyFileSync(join(ROOT, 'manifest.yml'), join(dir, 'manifest.yml'));
  symlinkSync(join(ROOT, 'src'), join(dir, 'src'));
  for (const ui of ['panel', 'admin', 'queue']) {
    mkdirSync(join(dir, 'static/forge', ui, 'build'), { recursive: true });
    writeFileSync(join(dir, 'static/forge', ui, 'build/index.html'), '<!doctype html><title>stub</title>');
  }
  const path = join(dir, 'manifest.yml');
  const full = await new FullValidationProcessor({ deprecatedRuntimes: ['nodejs20.x'] }).process(path);
  const triggers = await new ProductTriggerValidationProcessor().process(path);
  validated = { full, triggers, manifest: manifestSchema.parse(full.manifestObject?.typedContent) };
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('manifest.yml', () => {
  it('passes Atlassian\'s full validation and the trigger-scope check with no errors or warnings', () => {
    const { full, triggers } = validate();
    expect(full.errors ?? []).toEqual([]);
    expect(full.success).toBe(true);
    expect(triggers.errors ?? []).toEqual([]);
    expect(triggers.success).toBe(true);
  });

  it('points every function at an exported function of src/jira/index.ts, and exports nothing else', () => {
    const { manifest } = validate();
    const handlers = (manifest.modules.function ?? []).map((f) => z.string().parse(f.handler));
    for (const h of handlers) {
      const [file, name = ''] = h.split('.');
      expect(file).toBe('jira/index');
      expect(typeof Object.entries(entry).find(([k]) => k === name)?.[1]).toBe('function');
    }
    expect(Object.keys(entry).sort()).toEqual(handlers.map((h) => h.split('.')[1]).sort());
  });

  it('uses Custom UI resources (no UI Kit 1 `function:` on UI modules) from static/forge/*/build', () => {
    const { manifest } = validate();
    for (const m of ['jira:issuePanel', 'jira:adminPage', 'jira:projectPage']) {
      for (const mod of manifest.modules[m] ?? []) {
        expect(mod).not.toHaveProperty('function');
        expect(mod).not.toHaveProperty('render');
        expect(manifest.resources.find((r) => r.key === mod.resource)?.path).toMatch(/^static\/forge\/(panel|admin|queue)\/build$/);
      }
    }
    expect(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')).not.toContain('@forge/ui');
  });

  it('declares the ticket entity exactly as the store queries it', () => {
    const { manifest } = validate();
    const declared = manifest.app.storage.entities.find((e) => e.name === TICKET_ENTITY);
    const expected = ENTITY_DEFS.find((e) => e.name === TICKET_ENTITY);
    expect(declared?.indexes).toEqual(expected?.indexes);
  });

  it('keeps scopes minimal and runtime nodejs22.x', () => {
    const { manifest } = validate();
    expect(manifest.permissions.scopes.sort()).toEqual(['read:avatar:jira', 'read:group:jira', 'read:jira-work', 'read:user:jira', 'storage:app', 'write:jira-work']);
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('translates module titles from the jira i18n catalogue (es default, en)', () => {
    const esJson = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(join(ROOT, 'src/jira/locales/es-ES.json'), 'utf8')));
    const enJson = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(join(ROOT, 'src/jira/locales/en-US.json'), 'utf8')));
    for (const [k, v] of Object.entries(esJson)) expect(Object.entries(jiraEs).find(([key]) => key === k)?.[1]).toBe(v);
    for (const [k, v] of Object.entries(enJson)) expect(Object.entries(jiraEn).find(([key]) => key === k)?.[1]).toBe(v);
    expect(Object.keys(esJson).sort()).toEqual(['jira.module.admin', 'jira.module.panel', 'jira.module.queue']);
  });
});
