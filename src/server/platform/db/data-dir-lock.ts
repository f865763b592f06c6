import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {}

/**
 * PGlite does not lock its data directory, and two processes on one directory silently lose commits
 * (STACK.md). We hold an exclusive lock for the life of the process. The lock is refreshed every few seconds,
 * so one left behind by a killed process goes stale and is taken over after 10 s.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path.join(dir, 'skjold.lock'),
      stale: 10_000,
      update: 5_000,
      retries: 0,
      realpath: false,
      onCompromised: (err) => {
        console.error(`Låsen på datamappen ${dir} er gået tabt (${err.message}); stopper for at undgå datatab.`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirLockedError(
        `Datamappen ${dir} er allerede i brug af en anden Skjold-proces. To processer på samme indlejrede ` +
          'database ville ødelægge data. Stop den anden proces, eller brug en anden DATA_DIR.',
      );
    }
    throw err;
  }
}
