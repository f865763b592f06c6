import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { ENGINES, freshDatabase } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { queryRows, type Db } from '../../platform/db/client.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';
import { createBackup, openBackup, restoreBackup } from './backup.js';

const target = ENGINES.includes('postgres') ? 'postgres' : 'pglite';

const casesOf = (db: Db) => queryRows<{ id: string; case_number: string; name_enc: string }>(db, sql`
  SELECT c.id, c.case_number, p.name_enc FROM cases c JOIN case_persons p ON p.case_id = c.id ORDER BY c.case_number, p.name_enc`);

let t: TestApp;
before(async () => {
  t = await startTestApp('pglite');
  const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
  const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
  const k = await loginAs(t.app, kons.username);
  for (let i = 0; i < 3; i++) {
    const inq = (await k.post('/api/inquiries', inquiryBody({ anonymous: false }, { name: `Borger ${i}` }))).json();
    await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('BORGER'));
    await k.post(`/api/inquiries/${inq.id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER'));
    const c = await k.post('/api/cases', caseBody(inq.id, { name: `Borger ${i}` }, { responsibleCaseworkerId: cw.id }));
    assert.equal(c.statusCode, 201, c.body);
  }
});
after(() => t.close());

it(`backup on PGlite, restore on ${target}: the same cases, the trail verifies; and back to PGlite`, async () => {
  const { file, rows } = await createBackup(t.database, t.ctx.config.secret);
  assert.ok(rows > 100);
  assert.ok(!file.includes(Buffer.from('Region Hovedstaden')), 'the file is encrypted');
  assert.throws(() => openBackup(file, 'en-helt-anden-hemmelighed-på-mindst-32-tegn'), /forkert SKJOLD_SECRET/);

  const other = await freshDatabase(target);
  try {
    const progress: string[] = [];
    await restoreBackup(other, file, t.ctx.config.secret, (m) => progress.push(m));
    assert.ok(progress.some((m) => m.includes('cases')), 'progress per table');
    assert.deepEqual(await casesOf(other.db), await casesOf(t.ctx.db));
    const verified = await verifyAuditChain(other.db);
    assert.equal(verified.ok, true, JSON.stringify(verified));
    // The sequence moved along: a new case number does not collide.
    const [seq] = await queryRows<{ n: string }>(other.db, sql`SELECT nextval('case_number_seq')::text AS n`);
    const [max] = await queryRows<{ n: number }>(other.db, sql`SELECT count(*)::int AS n FROM cases`);
    assert.ok(Number(seq!.n) > max!.n);
    // A restore into a database that is in use is refused, and changes nothing.
    await assert.rejects(restoreBackup(other, file, t.ctx.config.secret), /ikke tom/);

    // ... and back: PostgreSQL → PGlite.
    const again = await createBackup(other, t.ctx.config.secret);
    const back = await freshDatabase('pglite');
    try {
      await restoreBackup(back, again.file, t.ctx.config.secret);
      assert.deepEqual(await casesOf(back.db), await casesOf(t.ctx.db));
      assert.equal((await verifyAuditChain(back.db)).ok, true);
    } finally {
      await back.close();
    }
  } finally {
    await other.close();
  }
});
