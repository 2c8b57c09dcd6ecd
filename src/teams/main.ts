/**
 * Standalone entry point: `tsx src/teams/main.ts [--no-seed]`. Starts the server with the
 * Colombia preset on SQLite, says which mode it runs in, and shuts down cleanly on SIGINT/SIGTERM.
 * Exit codes: 0 after a clean shutdown, 1 when it refuses to start.
 */
import { resolveLocale, t } from '../core/index';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { jsonLogger } from './logger';
import { systemClock } from './system-clock';

async function main(): Promise<void> {
  const locale = resolveLocale(process.env.LANG?.split('.')[0]);
  const logger = jsonLogger((line) => process.stderr.write(line));
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2), locale);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n✖ ${error.message}\n\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const app = await startApp({ config, clock: systemClock, logger });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say('');
  say(config.entra
    ? t(locale, 'server.start.entra', { tenant: config.entra.tenantId })
    : `⚠ ${t(locale, 'server.start.local', { host: config.host })}`);
  if (app.seeded) say(t(locale, 'server.start.seeded'));
  say(t(locale, 'server.start.url', { url: app.url }));
  say('');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
