/**
 * Offline validation of the Teams app package contents: the manifest and the localization files
 * against the JSON schemas bundled in @microsoft/app-manifest (no network), plus what the schemas
 * do not check: icon sizes and transparency (read from the PNG headers), tab hosts in validDomains.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { readPngHeader } from './png';

const require = createRequire(import.meta.url);

/** Folder of the bundled schemas for a manifest version, e.g. `v1.25`. */
export function bundledSchemaDir(version: string): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(root, 'build', 'json-schemas', 'teams', `v${version}`);
}

const Localization = z.looseObject({ $schema: z.string() });
const SchemaObject = z.record(z.string(), z.unknown());
const ManifestShape = z.looseObject({
  manifestVersion: z.string(),
  icons: z.object({ color: z.string(), outline: z.string() }),
  validDomains: z.array(z.string()).default([]),
  localizationInfo: z.object({
    defaultLanguageFile: z.string().optional(),
    additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })).default([]),
  }).optional(),
  staticTabs: z.array(z.looseObject({ contentUrl: z.string().optional(), websiteUrl: z.string().optional() })).default([]),
  configurableTabs: z.array(z.looseObject({ configurationUrl: z.string() })).default([]),
});

/** The files of a package, by name (manifest.json, es.json, en.json, color.png, outline.png). */
export type PackageFiles = ReadonlyMap<string, Buffer>;

/**
 * Every problem found, as readable lines; empty when the package is valid.
 *
 * @example
 * await validatePackage(files); // []
 */
export async function validatePackage(files: PackageFiles): Promise<string[]> {
  const errors: string[] = [];
  const text = files.get('manifest.json')?.toString('utf8');
  if (text === undefined) return ['manifest.json is missing'];
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(text);
  } catch (error) {
    return [`manifest.json is not JSON: ${String(error)}`];
  }
  const shape = ManifestShape.safeParse(manifestJson);
  if (!shape.success) return shape.error.issues.map((i) => `manifest: ${i.path.join('.')}: ${i.message}`);
  const manifest = shape.data;

  // The same schema files AppManifestUtils.validateAgainstSchema resolves `$schema` to, compiled
  // here so every error is listed (its typed converter stops at the first bad value).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const schemaDir = bundledSchemaDir(manifest.manifestVersion);
  const compile = (file: string) => ajv.compile(SchemaObject.parse(JSON.parse(readFileSync(join(schemaDir, file), 'utf8'))));
  const validateManifest = compile('MicrosoftTeams.schema.json');
  if (!validateManifest(manifestJson)) {
    for (const e of validateManifest.errors ?? []) errors.push(`schema: ${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  const validateLocalization = compile('MicrosoftTeams.Localization.schema.json');
  const languageFiles = [
    ...(manifest.localizationInfo?.defaultLanguageFile ? [manifest.localizationInfo.defaultLanguageFile] : []),
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  for (const file of languageFiles) {
    const content = files.get(file);
    if (!content) {
      errors.push(`localization: ${file} is missing`);
      continue;
    }
    const json = Localization.safeParse(JSON.parse(content.toString('utf8')));
    if (!json.success) errors.push(`localization ${file}: not an object with $schema`);
    else if (!validateLocalization(json.data)) {
      for (const e of validateLocalization.errors ?? []) errors.push(`localization ${file}: ${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    }
  }

  errors.push(...checkIcon(files, manifest.icons.color, 192, false), ...checkIcon(files, manifest.icons.outline, 32, true));

  const urls = [
    ...manifest.staticTabs.flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
    ...manifest.configurableTabs.map((tab) => tab.configurationUrl),
  ].filter((u): u is string => typeof u === 'string');
  for (const url of urls) {
    const host = new URL(url).host;
    if (!url.startsWith('https://')) errors.push(`tabs: ${url} is not https`);
    if (!manifest.validDomains.includes(host)) errors.push(`validDomains: ${host} not listed`);
  }
  return errors;
}

function checkIcon(files: PackageFiles, name: string, size: number, outline: boolean): string[] {
  const bytes = files.get(name);
  if (!bytes) return [`icons: ${name} is missing`];
  const errors: string[] = [];
  try {
    const header = readPngHeader(bytes);
    if (header.width !== size || header.height !== size) errors.push(`icons: ${name} must be ${size}x${size}, got ${header.width}x${header.height}`);
    if (outline && header.colorType !== 6) errors.push(`icons: ${name} must be RGBA (transparent background)`);
  } catch (error) {
    errors.push(`icons: ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return errors;
}
