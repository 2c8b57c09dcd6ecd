/**
 * `npm start`: builds the Teams tabs (`npm run build:tabs`, when the script exists) and starts the
 * standalone help desk (src/teams/main.ts). A failed build stops here with its exit code.
 * `--no-build` skips the build; other arguments (e.g. `--no-seed`) go to the server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const args = process.argv.slice(2);
const pkg = z.object({ scripts: z.record(z.string(), z.string()).default({}) }).parse(JSON.parse(readFileSync('package.json', 'utf8')));

if (!args.includes('--no-build') && pkg.scripts['build:tabs']) {
  process.stdout.write('› npm run build:tabs\n');
  const build = spawnSync('npm', ['run', 'build:tabs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write(`\n✖ The tabs build failed (exit ${build.status ?? build.signal}). Fix it or run with --no-build.\n`);
    process.exit(build.status ?? 1);
  }
}

process.argv = [...process.argv.slice(0, 2), ...args.filter((a) => a !== '--no-build')];
await import('../src/teams/main');
