#!/usr/bin/env node
// `npm run build` (second half): the server compiled to JavaScript in dist/server, file for file, so
// production starts node on plain JS instead of compiling TypeScript at every start (issue 15: ready ≤ 3 s).
// Not bundled: the layout mirrors src/server, so paths computed from import.meta.url (migrations, the risk
// instruments, the password list) still resolve; non-TypeScript assets are copied beside the code.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const SRC = 'src/server';
const OUT = 'dist/server';
const walk = (dir) => readdirSync(dir).flatMap((n) => {
  const full = path.join(dir, n);
  return statSync(full).isDirectory() ? walk(full) : [full];
});
const isTest = (f) => /\.test\.ts$|[\\/]test[\\/]|testkit\.ts$/.test(f);
const files = walk(SRC).filter((f) => !isTest(f));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: files.filter((f) => f.endsWith('.ts')),
  outdir: OUT,
  outbase: SRC,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const f of files.filter((f) => !f.endsWith('.ts') && !f.endsWith('.md'))) {
  const to = path.join(OUT, path.relative(SRC, f));
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(f, to);
}
// An empty PGlite cluster, made here once with the pinned PGlite: a new data dir starts from it instead of
// running initdb at first start (src/server/platform/db/client.ts).
const { PGlite } = await import('@electric-sql/pglite');
const cluster = await PGlite.create();
writeFileSync(path.join(OUT, 'pglite-cluster.tar.gz'), Buffer.from(await (await cluster.dumpDataDir('gzip')).arrayBuffer()));
await cluster.close();
writeFileSync(path.join('dist', '.build-stamp'), new Date().toISOString());
