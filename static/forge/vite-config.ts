/**
 * Vite configuration of the three Forge Custom UI resources. Each app lives in
 * `static/forge/<app>` (an `index.html` + `src/`) and builds into `static/forge/<app>/build`, the
 * directory the manifest's `resources` entry points at. `base: './'` because Forge serves a
 * resource from a relative path under its CDN, never from `/`.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';

/** The Custom UI apps, one per Forge module. */
export const FORGE_APPS = ['panel', 'admin', 'queue'] as const;
export type ForgeApp = (typeof FORGE_APPS)[number];

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute directory of an app's sources (`static/forge/<app>`). */
export function forgeAppRoot(app: ForgeApp): string {
  return path.join(here, app);
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
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: forgeBuildDir(app),
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2_000,
      rollupOptions: {
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
