import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));

/**
 * The web app takes the server's request/response TYPES from its zod schemas, never the schemas' values: a value
 * import pulls zod (about 60 KB gzip) into the first page. Code lists live in `*.codes.ts` / shared labels.
 */
it('no web file imports a server schema module for its values (types only)', () => {
  const valueImport = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']*server\/[^']*schemas|zod)'/gm;
  const offenders = walk('src/web')
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(valueImport)].map((m) => `${f}: ${m[0].replace(/\s+/g, ' ')}`));
  assert.deepEqual(offenders, []);
});
