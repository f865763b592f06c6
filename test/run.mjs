#!/usr/bin/env node
// The one test command (`npm test`): type-check, then every server test on PGlite and PostgreSQL, then the
// browser tests against a fresh build. Node 20's test runner has no globs, so files are listed here, and an
// empty list is a failure, not a pass.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const filter = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function run(cmd, cmdArgs, env = {}) {
  const res = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const isTest = (f) => f.endsWith('.test.ts') && filter.every((p) => f.includes(p));
const serverTests = [...walk('src'), ...walk('test').filter((f) => !f.startsWith(path.join('test', 'browser')))].filter(isTest);
const browserTests = walk(path.join('test', 'browser')).filter(isTest);

if (!process.env.TEST_DATABASE_URL && process.env.SKJOLD_TEST_ENGINES !== 'pglite') {
  process.env.TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
}
if (process.env.TEST_DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (err) {
    console.error(`PostgreSQL at TEST_DATABASE_URL is not reachable (${err.message}).`);
    console.error('Start it, or run on PGlite alone with SKJOLD_TEST_ENGINES=pglite (not enough for CI).');
    process.exit(1);
  }
  process.env.SKJOLD_REQUIRE_POSTGRES = '1';
}

// The module graph (issue 8): layers, no cycles, no foreign repositories; the rules are in .dependency-cruiser.cjs.
// `node test/run.mjs --only graph` runs this check alone.
function checkModuleGraph() {
  run('npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'src/server', 'src/cli']);
}
if (only === 'graph') {
  checkModuleGraph();
  process.exit(0);
}

const files = [];
if (!only || only === 'server') files.push(...serverTests);
if (!only || only === 'browser') files.push(...browserTests);
if (files.length === 0) {
  console.error('No test files matched: refusing to report success.');
  process.exit(1);
}

if (!filter.length && !only) run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (!filter.length && !only) checkModuleGraph();
if (files.some((f) => browserTests.includes(f))) run('npx', ['vite', 'build', '--logLevel', 'warn']);
// Tests that start the server as its own process run the compiled server, as production does (test/process/spawn.ts).
run(process.execPath, ['scripts/build-server.mjs']);
process.env.SKJOLD_TEST_SERVER = 'dist/server/main.js';

run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=900000', ...files], {
  NODE_ENV: 'test',
});
