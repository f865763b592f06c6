import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** The real server as its own process (`node --import tsx src/server/main.ts`), as an operator starts it. */
export interface ServerProcess {
  child: ChildProcess;
  /** Everything written so far to stdout and stderr. */
  output(): string;
  /** Resolves with the base URL once the server logs that it listens; rejects if it exits first. */
  ready(): Promise<string>;
  /** Resolves with the exit code (signals count as failures). */
  exited(): Promise<number>;
  stop(signal?: NodeJS.Signals): Promise<number>;
}

/**
 * How to start the server: `npm test` compiles it once before any test (test/run.mjs sets SKJOLD_TEST_SERVER to
 * dist/server/main.js), as production runs it, which saves compiling every module at every spawn; a test file run
 * on its own starts the TypeScript sources through tsx, so it never runs a stale build.
 */
export const serverArgs = (): string[] =>
  process.env.SKJOLD_TEST_SERVER ? [process.env.SKJOLD_TEST_SERVER] : ['--import', 'tsx', 'src/server/main.ts'];

export function startServerProcess(env: Record<string, string>): ServerProcess {
  // A clean environment: the test runner's NODE_ENV=test would switch on the test secret.
  const child = spawn(process.execPath, serverArgs(), {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', WEB_DIST_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = once(child, 'exit').then(([code]) => (code === null ? -1 : (code as number)));
  return {
    child,
    output: () => out,
    ready: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = /Skjold kører på (http:\/\/[0-9.]+:\d+)/.exec(out);
          if (m) {
            child.stdout!.off('data', check);
            resolve(m[1]!);
          }
        };
        child.stdout!.on('data', check);
        check();
        void exit.then((code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
      }),
    exited: () => exit,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exit;
    },
  };
}
