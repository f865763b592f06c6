#!/usr/bin/env node
// `npm start` / `npm run demo`: runs the compiled server (dist/server). Builds first when there is no build or
// a source file is newer than it, so `npm install && npm start` works from a fresh clone and a stale build is
// never served; otherwise no compiler runs at start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
  const full = path.join(dir, e.name);
  return Math.max(m, e.isDirectory() ? newest(full) : statSync(full).mtimeMs);
}, 0);
const built = existsSync(stamp) && existsSync(path.join(root, 'dist/server/main.js')) ? statSync(stamp).mtimeMs : 0;
if (built < Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'package.json')).mtimeMs)) {
  const res = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
if (process.argv.includes('--demo')) process.env.SKJOLD_DEMO = '1';
process.setSourceMapsEnabled(true);
// In this process (not a child), so signals reach the server's own shutdown.
await import(new URL('../dist/server/main.js', import.meta.url).href);
