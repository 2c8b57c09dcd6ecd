/**
 * Screenshots for docs/screenshots: written only when `FORGE_SCREENSHOTS=1` (they are taken once,
 * looked at, and committed; ordinary test runs must not rewrite tracked files).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');

/** Saves `page` as docs/screenshots/<name>.png when screenshots are enabled; returns the path or null. */
export async function maybeScreenshot(page: Page, name: string): Promise<string | null> {
  if (process.env.FORGE_SCREENSHOTS !== '1') return null;
  const file = path.join(DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The computed background colour of `<body>` (proves which token sheet applies). */
export function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}
