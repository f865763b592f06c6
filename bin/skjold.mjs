#!/usr/bin/env node
// `npx skjold <command>`: the operator CLI, run through tsx so it shares the server's TypeScript sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');
const res = spawnSync(process.execPath, ['--import', tsx, path.join(here, '../src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(res.status ?? 1);
