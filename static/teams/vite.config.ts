/**
 * Vite build of the Teams tabs: one page per tab (`/tabs/<name>/index.html`, so a static server
 * answers every tab URL without a rewrite rule) plus `/index.html`, all sharing one entry. The
 * tab pages have no files of their own: {@link tabPages} gives each the shell of `index.html`.
 * Output: static/teams/build, served by the Teams server at `/`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
export const TAB_PAGES = ['file', 'mine', 'queue', 'dashboard', 'settings'] as const;
const tabPage = (tab: string) => `${root}tabs/${tab}/index.html`;

/** Serves `tabs/<name>/index.html` from `index.html` (the app picks the tab from the URL). */
function tabPages(): Plugin {
  const pages = new Set<string>(TAB_PAGES.map(tabPage));
  return {
    name: 'ventanilla-tab-pages',
    enforce: 'pre',
    resolveId: (id) => (pages.has(id) ? id : null),
    load: (id) => (pages.has(id) ? readFileSync(`${root}index.html`, 'utf8') : null),
  };
}

/** The config, with the output folder overridable (tests build into a temp folder). */
export function tabsViteConfig(outDir = `${root}build`): InlineConfig {
  return {
    root,
    base: '/',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [tabPages(), react()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: Object.fromEntries([
          ['index', `${root}index.html`],
          ...TAB_PAGES.map((tab) => [tab, tabPage(tab)]),
        ]),
      },
    },
  };
}

export default defineConfig(tabsViteConfig());
