/**
 * `npm run backup [-- <target>]`: a consistent copy of the SQLite database through the online
 * backup API while the server keeps running. Default target: `<db>.backup-<timestamp>.db`.
 */
import { backupDatabase } from '../src/teams/store/backup';

const source = process.env.VENTANILLA_DB?.trim() || './data/ventanilla.db';
const target = process.argv[2] ?? `${source.replace(/\.db$/, '')}.backup-${new Date().toISOString().replace(/[:.]/g, '-')}.db`;
const { pages } = await backupDatabase(source, target);
process.stdout.write(`Backup: ${source} → ${target} (${pages} pages)\n`);
