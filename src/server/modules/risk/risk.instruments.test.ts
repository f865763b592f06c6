import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp } from '../../../../test/support/app.js';
import { riskCase } from './risk.fixtures.js';

const BUILT_IN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'instruments', 'patriark-skjold-1.json');

/** SKJOLD_RISK_INSTRUMENTS_DIR comes through config.ts: a licensed file there is used, a broken one stops the start. */
forEachEngine('risk: instrument directory from the configuration', (engine) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'skjold-instruments-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a newer version of the instrument in the configured directory is what new assessments use', async () => {
    const licensed = { ...JSON.parse(readFileSync(BUILT_IN, 'utf8')), version: '2-licens', name: 'PATRIARK (licenseret tekst)' };
    writeFileSync(path.join(dir, 'patriark-licens.json'), JSON.stringify(licensed));
    const t = await startTestApp(engine, { SKJOLD_RISK_INSTRUMENTS_DIR: dir });
    try {
      const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
      const client = await loginAs(t.app, u.username);
      const versions = (await client.get('/api/risk/instruments')).json().instruments.map((i: { version: string }) => i.version);
      assert.ok(versions.includes('2-licens'), versions.join());
      const c = await riskCase(t.ctx, { municipalityCode: '165', participants: [{ userId: u.id, role: 'RESPONSIBLE_CASEWORKER' }], consent: true });
      const a = await client.post(`/api/cases/${c.id}/assessments`);
      assert.deepEqual(a.json().instrument, { code: 'PATRIARK', version: '2-licens' });
    } finally {
      await t.close();
    }
  });

  it('refuses to start with an invalid definition or a directory that does not exist', async () => {
    writeFileSync(path.join(dir, 'zz-broken.json'), JSON.stringify({ code: 'PATRIARK', version: '3' }));
    await assert.rejects(startTestApp(engine, { SKJOLD_RISK_INSTRUMENTS_DIR: dir }), /Ugyldig instrumentdefinition zz-broken\.json/);
    await assert.rejects(startTestApp(engine, { SKJOLD_RISK_INSTRUMENTS_DIR: path.join(dir, 'mangler') }), /findes ikke/);
    rmSync(path.join(dir, 'zz-broken.json'));
  });
});
