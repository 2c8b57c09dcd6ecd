/**
 * What Jira does for a Custom UI iframe when the app calls `view.theme.enable()`: put the active
 * theme on `<html>` (`data-color-mode`, `data-theme`) and supply the Atlassian design-token CSS
 * (the real token sheets from @atlaskit/tokens, light and dark).
 */
import { z } from 'zod';

export type ColorMode = 'light' | 'dark';

export interface HostTheme {
  attrs: Record<string, string>;
  css: string;
}

const SHEETS = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'] as const;

const sheetModule = z.object({ default: z.union([z.string(), z.object({ default: z.string() })]) });

async function sheet(name: (typeof SHEETS)[number]): Promise<string> {
  const mod = sheetModule.parse(await import(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`));
  return typeof mod.default === 'string' ? mod.default : mod.default.default;
}

/**
 * The attributes and CSS the host applies for `colorMode`.
 *
 * @example
 * const { attrs } = await hostTheme('dark'); // attrs['data-color-mode'] === 'dark'
 */
export async function hostTheme(colorMode: ColorMode): Promise<HostTheme> {
  const css = (await Promise.all(SHEETS.map(sheet))).join('\n');
  return {
    attrs: {
      'data-color-mode': colorMode,
      'data-theme': 'dark:dark light:light spacing:spacing typography:typography shape:shape',
    },
    css,
  };
}
