/**
 * Vite build of the Teams tabs: one page per tab (`/tabs/<name>/index.html`, so a static server
 * answers every tab URL without a rewrite rule) plus `/index.html`, all sharing one entry.
 * Output: static/teams/build, served by the Teams server at `/`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
export const TAB_PAGES = ['file', 'mine', 'queue', 'dashboard', 'settings'] as const;

/** The config, with the output folder overridable (tests build into a temp folder). */
export function tabsViteConfig(outDir = `${root}build`): InlineConfig {
  return {
    root,
    base: '/',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: Object.fromEntries([
          ['index', `${root}index.html`],
          ...TAB_PAGES.map((tab) => [tab, `${root}tabs/${tab}/index.html`]),
        ]),
      },
    },
  };
}

export default defineConfig(tabsViteConfig());
