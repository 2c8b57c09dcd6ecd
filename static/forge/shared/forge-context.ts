/**
 * Start-up of every Custom UI resource: opt in to Jira's light/dark theme (`view.theme.enable()`,
 * after which the host sets `data-color-mode` on `<html>` and supplies the design-token CSS
 * variables) and read the module context (`view.getContext()`): locale, account, issue, project.
 */
import { view } from '@forge/bridge';
import { toForgeEnv, type ForgeEnv } from './forge-env';

export type { ForgeEnv };

/** Enables theming, then reads the context. */
export async function startForge(): Promise<ForgeEnv> {
  await view.theme.enable();
  return toForgeEnv(await view.getContext());
}
