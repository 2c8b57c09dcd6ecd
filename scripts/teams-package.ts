/**
 * `npm run teams:package` — builds teams-app/build/ventanilla.zip: the manifest template filled
 * from the environment (see scripts/teams/manifest.ts and docs/teams-sideload.md), the es/en
 * localization files and the two icons at the zip root. Refuses to write an invalid package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { fillTemplate, manifestValuesFromEnv } from './teams/manifest';
import { validatePackage } from './teams/validate';

const root = join(import.meta.dirname, '..');
const appDir = join(root, 'teams-app');
const FILES = ['es.json', 'en.json', 'color.png', 'outline.png'] as const;

/** Builds the package's files from the template and `env`. */
export function buildPackageFiles(env: Readonly<Record<string, string | undefined>>): Map<string, Buffer> {
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
  const values = manifestValuesFromEnv(env, env.APP_VERSION?.trim() || version);
  const manifest = fillTemplate(readFileSync(join(appDir, 'manifest.json'), 'utf8'), values);
  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(manifest)]]);
  for (const name of FILES) files.set(name, readFileSync(join(appDir, name)));
  return files;
}

async function main(): Promise<void> {
  const files = buildPackageFiles(process.env);
  const errors = await validatePackage(files);
  if (errors.length > 0) {
    console.error(`teams:package: the package is not valid:\n- ${errors.join('\n- ')}`);
    process.exitCode = 1;
    return;
  }
  const zip = zipSync(Object.fromEntries([...files].map(([name, bytes]) => [name, new Uint8Array(bytes)])), { level: 9 });
  mkdirSync(join(appDir, 'build'), { recursive: true });
  const out = join(appDir, 'build', 'ventanilla.zip');
  writeFileSync(out, zip);
  console.log(`teams:package: wrote ${out} (${zip.length} bytes, ${files.size} files)`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
