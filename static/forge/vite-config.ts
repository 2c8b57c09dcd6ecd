/**
 * Vite configuration of the three Forge Custom UI resources. Each app lives in
 * `static/forge/<app>` (`src/`; its `index.html` is `static/forge/shell.html` with the app's
 * title, see {@link appShell}) and builds into `static/forge/<app>/build`, the directory the
 * manifest's `resources` entry points at. `base: './'` because Forge serves a resource from a
 * relative path under its CDN, never from `/`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig, Plugin } from 'vite';

/** The Custom UI apps, one per Forge module. */
export const FORGE_APPS = ['panel', 'admin', 'queue'] as const;
export type ForgeApp = (typeof FORGE_APPS)[number];

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute directory of an app's sources (`static/forge/<app>`). */
export function forgeAppRoot(app: ForgeApp): string {
  return path.join(here, app);
}

/** The page title of each app (the document title Jira shows in the iframe). */
const TITLES: Record<ForgeApp, string> = { panel: 'Ventanilla · SLA', admin: 'Ventanilla · Configuración', queue: 'Ventanilla · Cola' };

/** Serves the app's `index.html` from the one shell (`shell.html`), titled for the app. */
function appShell(app: ForgeApp): Plugin {
  const page = path.join(forgeAppRoot(app), 'index.html');
  return {
    name: 'ventanilla-forge-shell',
    enforce: 'pre',
    resolveId: (id) => (path.resolve(id) === page ? page : null),
    load: (id) => (id === page ? readFileSync(path.join(here, 'shell.html'), 'utf8').replace('%TITLE%', TITLES[app]) : null),
  };
}

/** Absolute directory of an app's build output (`static/forge/<app>/build`). */
export function forgeBuildDir(app: ForgeApp): string {
  return path.join(forgeAppRoot(app), 'build');
}

/**
 * The vite config of one app.
 *
 * @example
 * await build(forgeViteConfig('panel')); // writes static/forge/panel/build/index.html
 */
export function forgeViteConfig(app: ForgeApp): InlineConfig {
  return {
    configFile: false,
    root: forgeAppRoot(app),
    base: './',
    logLevel: 'warn',
    plugins: [appShell(app), react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: forgeBuildDir(app),
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2_000,
      rollupOptions: {
        input: path.join(forgeAppRoot(app), 'index.html'),
        // date-holidays (other countries' holidays, reached through the core barrel) is never called
        // by the UI; marking it side-effect free lets the bundler drop its data tables.
        // invoke.ts loads @forge/bridge lazily (so it can be unit-tested in Node); in the bundle the
        // bridge is already in the main chunk, which is what we want.
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/](date-holidays|date-holidays-parser)[\\/]/.test(id) },
      },
    },
  };
}
