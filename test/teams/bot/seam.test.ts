import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The Agents SDK seam (docs/decisions/0050): botbuilder is imported by two files only. */
const ROOT = join(import.meta.dirname, '..', '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('botbuilder seam', () => {
  it('only src/teams/bot/sdk.ts and activity-handler.ts import botbuilder', () => {
    const importers = files(join(ROOT, 'src'))
      .filter((file) => /from ['"]botbuilder[^'"]*['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .sort();
    expect(importers).toEqual(['src/teams/bot/activity-handler.ts', 'src/teams/bot/sdk.ts']);
  });
});
