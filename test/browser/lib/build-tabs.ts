/**
 * Builds the tabs for the browser tests with Vite's build API, into a temp folder named after a
 * hash of the sources (static/teams, static/shared, src/core): test files of one run, and later
 * runs with unchanged sources, reuse it. Never touches static/teams/build.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { tabsViteConfig } from '../../../static/teams/vite.config';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['static/teams', 'static/shared', 'src/core'];

async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(join(REPO, dir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'build' && entry.name !== 'node_modules') await walk(path);
      } else {
        const info = await stat(join(REPO, path));
        hash.update(`${path}:${info.size}:${info.mtimeMs}\n`);
      }
    }
  };
  for (const dir of SOURCES) await walk(dir);
  return hash.digest('hex').slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Returns the folder holding index.html, tabs/ and assets/. */
export async function buildTabs(): Promise<string> {
  const outDir = join(tmpdir(), `ventanilla-tabs-${await sourceFingerprint()}`);
  if (await exists(join(outDir, 'index.html'))) return outDir;
  const work = await mkdtemp(join(tmpdir(), 'ventanilla-tabs-work-'));
  // vitest sets NODE_ENV=test, which would give a development React build (and dev JSX).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(tabsViteConfig(join(work, 'build')));
  } finally {
    process.env.NODE_ENV = previous;
  }
  // Publish atomically; if another run published first, keep theirs.
  await rename(join(work, 'build'), outDir).catch(async () => undefined);
  await rm(work, { recursive: true, force: true });
  return outDir;
}
