import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../support/app.js';
import { runStats } from '../../src/cli/commands/stats.js';
import { insertInquiries, many } from '../../src/server/modules/statistics/statistics.fixtures.js';

forEachEngine('skjold stats (CLI)', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
    await insertInquiries(t.ctx.db, [...many(3, { municipality: '165' }), ...many(9, { municipality: '151' }), ...many(20, { municipality: '851' })]);
  });
  after(() => t.close());

  it('prints the same suppressed table as the API download', async () => {
    const out: string[] = [];
    const err: string[] = [];
    assert.equal(await runStats(t.ctx.db, { from: '2026-01-01', to: '2026-12-31', by: 'municipality', format: 'csv' }, (l) => out.push(l), (l) => err.push(l)), 0, err.join());
    const analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
    const api = await analyst.get('/api/statistics/inquiries?from=2026-01-01&to=2026-12-31&by=municipality&format=csv');
    assert.equal(out.join('\n'), api.body.replace(/^\uFEFF/, '').trimEnd());
    assert.ok(out.join('\n').includes('Albertslund;Kommune;165;I alt;<5'));

    const text: string[] = [];
    assert.equal(await runStats(t.ctx.db, { from: '2026-01-01', to: '2026-12-31', by: 'region' }, (l) => text.push(l), () => {}), 0);
    assert.match(text.join('\n'), /Region Nordjylland\s+Region\s+Region Nordjylland\s+I alt\s+20/);
  });

  it('refuses bad options with a Danish message and a non-zero exit', async () => {
    const err: string[] = [];
    assert.equal(await runStats(t.ctx.db, { by: 'cpr' }, () => {}, (l) => err.push(l)), 2);
    assert.match(err.join(), /--by/);
    assert.equal(await runStats(t.ctx.db, { by: 'region', from: '2026-05-01', to: '2026-01-01' }, () => {}, (l) => err.push(l)), 1);
    assert.match(err.join(), /Slutdatoen/);
  });
});

it('skjold stats --help is Danish, and a bad --by exits non-zero through the shipped binary', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-stats-cli-'));
  try {
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/skjold.mjs', 'stats', ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' }, encoding: 'utf8',
    });
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /nationale statistik/);
    assert.match(help.stdout, /første dag/);
    const bad = run('--by', 'cpr');
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /--by/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
