import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startServerProcess, type ServerProcess } from './spawn.js';

const started: ServerProcess[] = [];
const dirs: string[] = [];
after(async () => {
  for (const s of started) await s.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function server(env: Record<string, string>) {
  const s = startServerProcess(env);
  started.push(s);
  return s;
}

describe('restart after a crash on PGlite', () => {
  it('after kill -9 the next start takes the lock at once, because its owner is dead, and keeps the data', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'skjold-crash-'));
    dirs.push(dataDir);
    const first = server({ DATA_DIR: dataDir });
    await first.ready();
    const owner = JSON.parse(readFileSync(path.join(dataDir, 'skjold.lock.owner'), 'utf8'));
    assert.equal(owner.pid, first.child.pid, 'the lock names its owner');
    await first.stop('SIGKILL');

    // The lock is left behind and looks fresh (as it would for 10 s): only the dead owner lets the next start in.
    const now = new Date();
    utimesSync(path.join(dataDir, 'skjold.lock'), now, now);
    const second = server({ DATA_DIR: dataDir });
    const url = await second.ready();
    assert.equal((await (await fetch(`${url}/api/directory/municipalities/165`)).json()).name, 'Albertslund');
    assert.equal(await second.stop('SIGTERM'), 0);
  });

  it('a lock whose owner still runs is not taken over', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'skjold-crash-'));
    dirs.push(dataDir);
    const first = server({ DATA_DIR: dataDir });
    await first.ready();
    await first.stop('SIGKILL');
    // Pretend a live process owns the fresh lock (a sleeping child of this test).
    const alive = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dataDir, 'skjold.lock.owner'), JSON.stringify({ pid: alive.pid, host: hostname() }));
      const now = new Date();
      utimesSync(path.join(dataDir, 'skjold.lock'), now, now);
      const second = server({ DATA_DIR: dataDir });
      assert.notEqual(await second.exited(), 0);
      assert.match(second.output(), /allerede i brug af en anden Skjold-proces/);
    } finally {
      alive.kill('SIGKILL');
    }
  });
});
