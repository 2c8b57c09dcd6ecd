/**
 * Builds the Forge Custom UI resources (`npm run build:forge`): panel, admin and queue, one vite
 * build each, into the directories manifest.yml names.
 */
import { build } from 'vite';
import { FORGE_APPS, forgeBuildDir, forgeViteConfig, type ForgeApp } from './vite-config';

/**
 * Runs the vite builds of `apps` (all three by default), one after the other.
 *
 * @example
 * await buildForgeApps(['panel']);
 */
export async function buildForgeApps(apps: readonly ForgeApp[] = FORGE_APPS): Promise<Record<ForgeApp, string>> {
  const out: Partial<Record<ForgeApp, string>> = {};
  // Vite keeps an NODE_ENV that is already set (vitest sets 'test'), and the React plugin would then
  // emit development JSX: production builds are built with NODE_ENV=production, whoever calls.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const app of apps) {
      await build(forgeViteConfig(app));
      out[app] = forgeBuildDir(app);
    }
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return { panel: out.panel ?? forgeBuildDir('panel'), admin: out.admin ?? forgeBuildDir('admin'), queue: out.queue ?? forgeBuildDir('queue') };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const started = performance.now();
  await buildForgeApps();
  console.log(`forge custom UI built in ${Math.round(performance.now() - started)} ms`);
}
