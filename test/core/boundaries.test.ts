import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The core is pure: every file under src/core may import only other files under src/core, 'zod' and
 * 'date-holidays'. No node:*, no platform SDKs (@forge/*, botbuilder, @microsoft/*), no React, no
 * adapters (../jira, ../teams, static).
 */
const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core');
const ALLOWED_PACKAGES = new Set(['zod', 'date-holidays']);

/** Every module specifier in `source`: static/dynamic imports, re-exports, `import 'x'`, require(). */
function specifiersOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** The specifiers of a file at `file` that break the core boundary. */
function violations(source: string, file: string): string[] {
  return specifiersOf(source).filter((spec) => {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      return !(target === CORE || target.startsWith(CORE + sep));
    }
    return !ALLOWED_PACKAGES.has(spec);
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [p] : [];
  });
}

describe('core boundaries', () => {
  it('src/core imports only src/core, zod and date-holidays', () => {
    const files = filesUnder(CORE);
    expect(files.length).toBeGreaterThan(10);
    const bad = files.flatMap((f) => violations(readFileSync(f, 'utf8'), f).map((s) => `${relative(CORE, f)} → ${s}`));
    expect(bad).toEqual([]);
  });

  it('the scanner catches forbidden imports (so the check above can fail)', () => {
    const file = join(CORE, 'sla', 'sample.ts');
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import api, { route } from '@forge/api';",
      "import type { TurnContext } from 'botbuilder';",
      "export { app } from '@microsoft/teams-js';",
      "import React from 'react';",
      "import { jiraClient } from '../../jira/client';",
      "import '../../../static/panel/main';",
      "const x = await import('node:crypto');",
      "const y = require('fs');",
      "import { z } from 'zod';",
      "import Holidays from 'date-holidays';",
      "import { compileCalendar } from '../calendar/index';",
      "export * from './policy';",
      "/** @example import { x } from 'somewhere-else' */",
      "// import fs from 'node:fs'",
    ].join('\n');
    expect(violations(sample, file).sort()).toEqual([
      '../../../static/panel/main', '../../jira/client', '@forge/api', '@microsoft/teams-js', 'botbuilder', 'fs', 'node:crypto', 'node:fs', 'react',
    ]);
  });
});
