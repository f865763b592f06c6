import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { forEachEngine, freshDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { appOnDatabase, createUser, loginAs, TEST_PASSWORD, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { configureAuditKeys, loadAuditKeyArchive } from '../../platform/audit/keys.js';
import { checkpointDirOf, lastCheckpoint, readCheckpoints, takeCheckpoint } from '../../platform/audit/checkpoint.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { secretId } from '../../platform/crypto/keyring.js';
import { personFootprint } from '../audit/audit.repository.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';
import { rotateKeys, RotationError, valuesNotUnderCurrentKey } from './key-rotation.js';

const OLD = 'test-secret-'.padEnd(48, 'x'); // what loadConfig gives a test app without SKJOLD_SECRET
const NEW = 'the-next-secret-after-rotation-'.padEnd(56, 'n');
const CPR = '150310-4123';
const SECOND = '220512-4870';
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

forEachEngine('keys rotate: everything re-encrypted under a new SKJOLD_SECRET, resumable, the trail still verifies', (engine) => {
  let database: TestDatabase;
  let dir: string;
  let before1: { caseView: unknown; exclusions: unknown; searchIds: string[]; citizenId: string; caseId: string };
  let cwName: string;
  let konsName: string;
  let totpSecret: string;
  let oldIndex: string;
  const env = (extra: Record<string, string>) => ({ AUDIT_CHECKPOINT_DIR: dir, ...extra });

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'skjold-rotate-'));
    database = await freshDatabase(engine);
    const t = await appOnDatabase(database, env({}));
    try {
      const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
      const cwUser = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
      const other = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
      [konsName, cwName] = [kons.username, cwUser.username];
      const k = await loginAs(t.app, kons.username);
      const inq = (await k.post('/api/inquiries', inquiryBody({ anonymous: false }, { name: 'Zainab Qvistgaard', cpr: CPR }))).json();
      await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('BORGER'));
      await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'));
      const c = await k.post('/api/cases', caseBody(inq.id, { name: 'Zainab Qvistgaard', cpr: CPR, address: 'Testvej 1' }, {
        responsibleCaseworkerId: cwUser.id,
        persons: [{ role: 'MULIG_GERNINGSPERSON', name: 'Far Qvistgaard', cpr: SECOND, citizenships: ['Kvarkistan'] }],
      }));
      assert.equal(c.statusCode, 201, c.body);
      const caseId = c.json().id as string;
      const cw = await loginAs(t.app, cwUser.username);
      assert.equal((await cw.post(`/api/cases/${caseId}/exclusions`, { userId: other.id, reason: 'familiemedlem' })).statusCode, 204);
      const search = await k.post('/api/cases/search', { cpr: CPR });
      assert.equal(search.statusCode, 200);
      // The consultant turns on TOTP: the seed is sealed under the old secret.
      const enrolment = (await k.post('/api/me/mfa/enrolment')).json();
      totpSecret = enrolment.secret;
      assert.equal((await k.post('/api/me/mfa/enrolment/confirm', { code: await codeAt(totpSecret) })).statusCode, 200);
      before1 = {
        caseId,
        citizenId: c.json().citizen.id,
        caseView: (await cw.get(`/api/cases/${caseId}`)).json(),
        exclusions: (await cw.get(`/api/cases/${caseId}/exclusions`)).json(),
        searchIds: search.json().items.map((i: { id: string }) => i.id),
      };
      assert.deepEqual(before1.searchIds, [caseId]);
      oldIndex = (await queryRows<{ cpr_index: string }>(t.ctx.db, sql`SELECT cpr_index FROM case_persons WHERE id = ${before1.citizenId}`))[0]!.cpr_index;
      assert.ok('written' in (await takeCheckpoint(t.ctx.db, dir, lastCheckpoint(dir))), 'a checkpoint signed with the old key');
    } finally {
      await t.close();
    }
  });
  after(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without SKJOLD_SECRET_PREVIOUS, in Danish', async () => {
    const t = await appOnDatabase(database, env({ SKJOLD_SECRET: NEW }));
    try {
      await assert.rejects(rotateKeys(t.ctx.db, t.ctx.config), (e: Error) => e instanceof RotationError && /SKJOLD_SECRET_PREVIOUS er ikke sat/.test(e.message));
    } finally {
      await t.close();
    }
  });

  it('an interrupted rotation leaves a readable mix (both secrets configured) and resumes where it stopped', async () => {
    const t = await appOnDatabase(database, env({ SKJOLD_SECRET: NEW, SKJOLD_SECRET_PREVIOUS: OLD }));
    try {
      const left0 = await valuesNotUnderCurrentKey(t.ctx.db, t.ctx.config);
      const total0 = Object.values(left0).reduce((a, b) => a + b, 0);
      assert.ok(total0 > 10, `values under the old key: ${JSON.stringify(left0)}`);
      for (const col of ['cases.title_enc', 'case_persons.name_enc', 'case_persons.cpr_enc', 'case_person_cprs.cpr_enc', 'inquiries.citizen_cpr_enc', 'case_exclusions.reason_enc', 'users.mfa_secret_enc']) {
        if (col === 'cases.title_enc' && !left0[col]) continue; // not every schema has a title
        assert.ok(left0[col], `${col} is to be rotated`);
      }

      // Killed after three batches of two (the progress line after a committed batch throws).
      let batches = 0;
      await assert.rejects(rotateKeys(t.ctx.db, t.ctx.config, {
        batchSize: 2,
        progress: (m) => { if (/ af /.test(m) && ++batches === 3) throw new Error('afbrudt'); },
      }), /afbrudt/);
      const left1 = Object.values(await valuesNotUnderCurrentKey(t.ctx.db, t.ctx.config)).reduce((a, b) => a + b, 0);
      assert.ok(left1 > 0 && left1 <= total0 - 3, `the committed batches stay done (${total0} → ${left1})`);

      // Meanwhile the server (both secrets) reads the mix and finds the case by CPR.
      const cw = await loginAs(t.app, cwName);
      assert.deepEqual((await cw.get(`/api/cases/${before1.caseId}`)).json(), before1.caseView);
      const k = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: konsName, password: TEST_PASSWORD, totp: await codeAt(totpSecret, 1) } });
      assert.equal(k.statusCode, 200, k.body);

      const progress: string[] = [];
      const res = await rotateKeys(t.ctx.db, t.ctx.config, { batchSize: 3, progress: (m) => progress.push(m) });
      assert.equal(res.values, left1, 'the rerun does only what was left');
      assert.equal(res.keyId, secretId(NEW));
      assert.ok(res.indexes >= 3, 'the CPR blind indexes are recomputed');
      assert.ok(progress.some((l) => / af /.test(l)), 'progress lines');
      assert.deepEqual(await valuesNotUnderCurrentKey(t.ctx.db, t.ctx.config), {});
      assert.equal((await rotateKeys(t.ctx.db, t.ctx.config)).values, 0, 'a third run has nothing to do');
      assert.ok('written' in (await takeCheckpoint(t.ctx.db, dir, lastCheckpoint(dir))), 'a checkpoint signed with the new key');
    } finally {
      await t.close();
    }
  });

  it('with only the new secret: the case reads as before, CPR search finds it, TOTP login works, and the trail verifies', async () => {
    const t = await appOnDatabase(database, env({ SKJOLD_SECRET: NEW }));
    try {
      const cw = await loginAs(t.app, cwName);
      assert.deepEqual((await cw.get(`/api/cases/${before1.caseId}`)).json(), before1.caseView);
      assert.deepEqual((await cw.get(`/api/cases/${before1.caseId}/exclusions`)).json(), before1.exclusions);
      // A code is accepted once per 30-second step; forget the steps used above, as if a minute had passed.
      await t.ctx.db.execute(sql`UPDATE users SET mfa_last_step = NULL WHERE username = ${konsName}`);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: konsName, password: TEST_PASSWORD, totp: await codeAt(totpSecret) } });
      assert.equal(login.statusCode, 200, login.body);
      const kons = await (async () => {
        const cookie = login.cookies.find((c) => c.name === 'skjold_session') ?? login.cookies[0]!;
        const csrf = login.json().csrfToken as string;
        return (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': csrf } });
      })();
      const search = await kons('/api/cases/search', { cpr: CPR });
      assert.equal(search.statusCode, 200, search.body);
      assert.deepEqual(search.json().items.map((i: { id: string }) => i.id), before1.searchIds);
      assert.deepEqual((await kons('/api/cases/search', { cpr: SECOND })).json().items.map((i: { id: string }) => i.id), before1.searchIds);
      const stored = await queryRows<{ cpr_index: string }>(t.ctx.db, sql`SELECT cpr_index FROM case_persons WHERE id = ${before1.citizenId}`);
      assert.notEqual(stored[0]!.cpr_index, oldIndex, 'the index is under the new secret');

      // The DPO still finds the pre-rotation search (logged by the old index) for this person.
      const fp = await personFootprint(t.ctx.db, before1.citizenId);
      assert.ok(fp.cprIndexes.includes(oldIndex) && fp.cprIndexes.includes(stored[0]!.cpr_index));

      // The trail and both checkpoints verify with the new secret alone, through the archived old keys.
      const cps = readCheckpoints(checkpointDirOf(t.ctx.config));
      assert.equal(cps.invalid, 0);
      assert.equal(cps.checkpoints.length, 2);
      const verified = await verifyAuditChain(t.ctx.db, { checkpoints: cps.checkpoints });
      assert.ok(verified.ok, JSON.stringify(verified));
      const rotated = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'ops.keys_rotated'`);
      assert.ok(rotated[0]!.n >= 1, 'the rotation is in the trail');

      // Without the archive, the old rows would not verify: that is what the archive is for.
      configureAuditKeys([NEW]);
      const bare = await verifyAuditChain(t.ctx.db);
      assert.equal(bare.ok, false);
      assert.equal(!bare.ok && bare.broken.reason, 'key_unknown');
      assert.equal(readCheckpoints(checkpointDirOf(t.ctx.config)).invalid, 1, 'the checkpoint signed with the old key');
      await loadAuditKeyArchive(t.ctx.db, [NEW]);
      assert.ok((await verifyAuditChain(t.ctx.db)).ok);
    } finally {
      await t.close();
    }
  });

  it('the old secret alone can no longer read anything', async () => {
    const t = await appOnDatabase(database, env({ SKJOLD_SECRET: OLD }));
    try {
      const left = await valuesNotUnderCurrentKey(t.ctx.db, t.ctx.config);
      assert.ok(Object.keys(left).length > 5, 'nothing is under the old key');
      await assert.rejects(rotateKeys(t.ctx.db, { secret: OLD, previousSecrets: ['not-the-one-used-before-'.padEnd(40, 'z')] }), /kan hverken åbnes/);
    } finally {
      await t.close();
    }
  });
});
