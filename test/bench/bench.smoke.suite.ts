import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ENGINES } from '../support/db.js';
import type { Engine } from '../../src/server/platform/db/client.js';

/**
 * `npm run bench` in smoke mode (a few requests per row, a small database): every row still runs, every
 * request succeeds, every served read is in the trail and the chain verifies. No timing is asserted.
 */
/** Run once per engine, each from a file of its own (bench.smoke.{pglite,postgres}.test.ts) so the two run side by side. */
export const benchSmokeOn = (ENGINE: Engine) => it(`npm run bench runs end to end (smoke, ${ENGINE})`, { skip: !ENGINES.includes(ENGINE) }, async () => {
  process.env.BENCH_SMOKE = '1';
  const { main } = await import('./run.js');
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.join(' '));
  let failures: number;
  try {
    failures = await main(ENGINE);
  } finally {
    console.log = log;
  }
  const table = lines.join('\n');
  assert.equal(failures, 0, table);
  for (const row of ['audited case read', 'case list', 'CPR search', 'inquiry creation', 'statistics by region', 'audit after load', 'server RSS after load', 'audited case read, production server', 'web initial JS']) {
    assert.ok(table.includes(row), `row "${row}" missing:\n${table}`);
  }
  assert.match(table, /chain intact/);
});
