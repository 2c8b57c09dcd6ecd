/** Spawns the real standalone server (`src/teams/main.ts`) as a child process on an ephemeral port. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code/signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the server with `VENTANILLA_DB=dbPath`, `PORT=0`, English messages; resolves once it
 * printed its URL.
 */
export function spawnServer(dbPath: string, args: string[] = ['--no-seed']): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/teams/main.ts', ...args], {
    env: { ...process.env, VENTANILLA_DB: dbPath, PORT: '0', HOST: '127.0.0.1', LANG: 'en_US.UTF-8', VENTANILLA_STATIC: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1], exited });
    });
    void exited.then(({ code, signal }) => reject(new Error(`server exited early (${code ?? signal}): ${err.slice(-2000)}`)));
  });
}
