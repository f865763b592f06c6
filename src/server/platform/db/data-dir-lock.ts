import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {}

const LOCK_NAME = 'skjold.lock';
const OWNER_NAME = 'skjold.lock.owner';

interface Owner {
  pid: number;
  host: string;
}

/** Whether a process with this id runs on this machine (signal 0 checks without sending anything). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else; only ESRCH means there is no such process.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function readOwner(dir: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(path.join(dir, OWNER_NAME), 'utf8')) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host } : null;
  } catch {
    return null;
  }
}

/**
 * The lock is held by a process that is gone: it was taken on this host (pids of another machine mean
 * nothing here) and that pid no longer runs. Without an owner record we cannot tell, and wait for staleness.
 */
export function lockOwnerIsDead(dataDir: string): boolean {
  const owner = readOwner(path.resolve(dataDir));
  return !!owner && owner.host === hostname() && owner.pid !== process.pid && !processAlive(owner.pid);
}

function acquire(dir: string) {
  return lockfile.lock(dir, {
    lockfilePath: path.join(dir, LOCK_NAME),
    stale: 10_000,
    update: 5_000,
    retries: 0,
    realpath: false,
    onCompromised: (err) => {
      console.error(`Låsen på datamappen ${dir} er gået tabt (${err.message}); stopper for at undgå datatab.`);
      process.exit(1);
    },
  });
}

/**
 * PGlite does not lock its data directory, and two processes on one directory silently lose commits
 * (STACK.md). We hold an exclusive lock for the life of the process, refreshed every few seconds, and write
 * our pid and host beside it. After a crash (kill -9) the next start sees that the owner's pid is dead and takes
 * the lock over at once; only a lock without a readable owner waits for the 10 s staleness.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await acquire(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    release = await takeOverFromDeadOwner(dir);
  }
  writeFileSync(path.join(dir, OWNER_NAME), JSON.stringify({ pid: process.pid, host: hostname() }), { mode: 0o600 });
  return async () => {
    rmSync(path.join(dir, OWNER_NAME), { force: true });
    await release();
  };
}

/**
 * Two starters may both find the owner dead: a second, short lock makes them take turns, and the owner is
 * read again under it, so the one that comes second sees the first one's live pid and refuses.
 */
async function takeOverFromDeadOwner(dir: string): Promise<() => Promise<void>> {
  if (!lockOwnerIsDead(dir)) throw lockedError(dir);
  // proper-lockfile keeps its locks by the locked path, so the turn-taking lock must not be on `dir` too: its
  // release would also forget the data-dir lock, and the shutdown's release would then fail ("already released").
  const releaseTakeover = await lockfile
    .lock(path.join(dir, 'skjold.takeover'), { lockfilePath: path.join(dir, 'skjold.takeover.lock'), stale: 5_000, retries: { retries: 20, minTimeout: 50, maxTimeout: 200 }, realpath: false })
    .catch(() => {
      throw lockedError(dir);
    });
  try {
    if (!lockOwnerIsDead(dir)) throw lockedError(dir);
    rmSync(path.join(dir, LOCK_NAME), { recursive: true, force: true });
    rmSync(path.join(dir, OWNER_NAME), { force: true });
    try {
      return await acquire(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw lockedError(dir);
      throw err;
    }
  } finally {
    await releaseTakeover();
  }
}

function lockedError(dir: string) {
  return new DataDirLockedError(
    `Datamappen ${dir} er allerede i brug af en anden Skjold-proces. To processer på samme indlejrede ` +
      'database ville ødelægge data. Stop den anden proces, eller brug en anden DATA_DIR.',
  );
}
