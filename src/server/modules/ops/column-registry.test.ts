import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';
import { ALLOWED_PLAINTEXT, BLIND_INDEX_ALIAS_COLUMNS, BLIND_INDEXES, encryptedColumns, SECRET_BOX_COLUMNS } from './column-registry.js';
import { encryptLegacyPlaintext, LEGACY_PLAINTEXT } from './legacy-plaintext.js';

const textColumns = (t: TestApp) =>
  queryRows<{ table_name: string; column_name: string; data_type: string }>(t.ctx.db, sql`
    SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND (c.data_type IN ('text', 'jsonb', 'json', 'character varying', 'character') OR c.data_type = 'ARRAY')
    ORDER BY 1, 2`);

forEachEngine('every identifying or revealing column is encrypted', (engine) => {
  let t: TestApp;
  let caseId: string;
  before(async () => {
    t = await startTestApp(engine);
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const cwUser = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const other = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const cw = await loginAs(t.app, cwUser.username);
    const k = await loginAs(t.app, kons.username);
    const inq = (await cw.post('/api/inquiries', inquiryBody({ initiatorRole: 'SAGSBEHANDLER' }))).json();
    assert.equal((await cw.post(`/api/inquiries/${inq.id}/legal-bases`, {
      basis: 'BARNETS_LOV_MYNDIGHED', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'], decidedBy: 'Afdelingsleder Zebulonsen',
      decidedAt: '2026-01-12', rationale: 'Samtykke vil bringe barnet i fare.',
    })).statusCode, 201);
    await cw.post(`/api/inquiries/${inq.id}/consents`, consentBody('BORGER'));
    const c = await cw.post('/api/cases', caseBody(inq.id, {}, {
      responsibleCaseworkerId: cwUser.id,
      persons: [{ role: 'TILLIDSPERSON', name: 'Mette Demo', gender: 'KVINDE', citizenships: ['Kvarkistan'], abroad: true, country: 'Kvarkistan' }],
    }));
    assert.equal(c.statusCode, 201, c.body);
    caseId = c.json().id;
    assert.equal((await cw.post(`/api/cases/${caseId}/exclusions`, { userId: other.id, reason: 'familiemedlem' })).statusCode, 204);
    const rc = await cw.post(`/api/cases/${caseId}/risk-communications`, {
      recipient: 'MYNDIGHED', authority: 'Politi Vestkvarken', informedAt: '2026-02-01T10:00:00.000Z', informedByDescription: 'Teamleder Quorra',
    });
    assert.equal(rc.statusCode, 201, rc.body);
    void k;
  });
  after(() => t.close());

  it('lists every text/jsonb/array column after all migrations: each is *_enc or allowed with a reason', async () => {
    const unexplained: string[] = [];
    for (const c of await textColumns(t)) {
      const name = `${c.table_name}.${c.column_name}`;
      if (c.column_name.endsWith('_enc') || ALLOWED_PLAINTEXT[name]) continue;
      if (LEGACY_PLAINTEXT.some((l) => l.table === c.table_name && l.plain === c.column_name)) continue;
      unexplained.push(`${name} (${c.data_type})`);
    }
    assert.deepEqual(unexplained, [], 'encrypt these columns, or add them to ALLOWED_PLAINTEXT in ops/column-registry.ts with a reason');
    for (const reason of Object.values(ALLOWED_PLAINTEXT)) assert.ok(reason.length >= 4);
  });

  it('the registry is what a key rotation re-encrypts: every *_enc column, the secret-box ones named, every blind index with its source', async () => {
    const cols = await encryptedColumns(t.ctx.db);
    const names = cols.map((c) => `${c.table}.${c.column}`);
    const all = (await textColumns(t)).map((c) => `${c.table_name}.${c.column_name}`);
    assert.deepEqual(names.sort(), all.filter((n) => n.endsWith('_enc')).sort());
    for (const c of cols) assert.equal(c.kind === 'field', !SECRET_BOX_COLUMNS[`${c.table}.${c.column}`]);
    for (const box of Object.keys(SECRET_BOX_COLUMNS)) assert.ok(names.includes(box), `${box} exists`);
    // A column the registry calls a blind index is recomputed from its source, or is an alias (the history).
    const indexed = Object.entries(ALLOWED_PLAINTEXT).filter(([, why]) => /blind index/i.test(why)).map(([n]) => n);
    const known = [...BLIND_INDEXES.map((b) => `${b.table}.${b.index}`), ...BLIND_INDEX_ALIAS_COLUMNS];
    assert.deepEqual(indexed.sort(), known.sort());
    for (const b of BLIND_INDEXES) assert.ok(cols.find((c) => c.table === b.table && c.column === b.source)?.indexes.includes(b.index), `${b.table}.${b.index} from ${b.source}`);
  });

  it('every *_enc value is ciphertext, and no text column holds the revealing words in the clear (a pg_dump would not)', async () => {
    const words = ['familiemedlem', 'Kvarkistan', 'Zebulonsen', 'Vestkvarken', 'Quorra'];
    for (const c of await textColumns(t)) {
      const values = await queryRows<{ v: string }>(t.ctx.db, sql.raw(`SELECT ${c.column_name}::text AS v FROM ${c.table_name} WHERE ${c.column_name} IS NOT NULL`));
      for (const { v } of values) {
        if (SECRET_BOX_COLUMNS[`${c.table_name}.${c.column_name}`]) assert.match(v, /^(v1|k[0-9a-f]{10})\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, `${c.table_name}.${c.column_name}`);
        else if (c.column_name.endsWith('_enc')) assert.match(v, /^(v1|k[0-9a-f]{10}):[A-Za-z0-9_-]+$/, `${c.table_name}.${c.column_name}`);
        for (const w of words) assert.ok(!v.toLowerCase().includes(w.toLowerCase()), `${w} in clear text in ${c.table_name}.${c.column_name}`);
      }
    }
    // ...and the API still shows them to those allowed.
    const cw = await loginAs(t.app, (await queryRows<{ username: string }>(t.ctx.db, sql`SELECT username FROM users WHERE role = 'caseworker' ORDER BY created_at LIMIT 1`))[0]!.username);
    const exclusions = (await cw.get(`/api/cases/${caseId}/exclusions`)).json();
    assert.equal(exclusions.items[0].reason, 'familiemedlem');
    const person = (await cw.get(`/api/cases/${caseId}`)).json().persons.find((p: { name: string }) => p.name === 'Mette Demo');
    assert.deepEqual([person.citizenships, person.country], [['Kvarkistan'], 'Kvarkistan']);
  });

  it('pg_dump of the database does not contain "familiemedlem" nor the other revealing words (PostgreSQL: the real pg_dump)', { skip: engine !== 'postgres' && 'pg_dump dumps a PostgreSQL server; on PGlite the column scan above reads every row' }, () => {
    const dump = spawnSync('pg_dump', ['--data-only', `--schema=${t.database.schema}`, process.env.TEST_DATABASE_URL!], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.equal(dump.status, 0, dump.stderr);
    assert.ok(dump.stdout.includes('COPY') && dump.stdout.length > 10_000, 'the dump holds the data');
    for (const w of ['familiemedlem', 'Kvarkistan', 'Zebulonsen', 'Vestkvarken', 'Quorra', 'Mette Demo']) {
      assert.ok(!dump.stdout.toLowerCase().includes(w.toLowerCase()), `${w} in the pg_dump`);
    }
  });

  it('plaintext written before migration 0131 is sealed by the start-up task, then reads back unchanged', async () => {
    await t.ctx.db.execute(sql`UPDATE case_exclusions SET reason_plain = 'gammel grund', reason_enc = NULL WHERE case_id = ${caseId}`);
    await t.ctx.db.execute(sql`UPDATE case_persons SET citizenships_plain = ARRAY['Gammelland','Irak'], citizenships_enc = NULL, country_plain = 'Gammelland', country_enc = NULL WHERE case_id = ${caseId}`);
    assert.ok((await encryptLegacyPlaintext(t.ctx.db, fieldCryptoFor(t.ctx.config))) >= 3);
    assert.equal(await encryptLegacyPlaintext(t.ctx.db, fieldCryptoFor(t.ctx.config)), 0, 'idempotent');
    for (const l of LEGACY_PLAINTEXT) {
      const [row] = await queryRows<{ n: number }>(t.ctx.db, sql.raw(`SELECT count(*)::int AS n FROM ${l.table} WHERE ${l.plain} IS NOT NULL`));
      assert.equal(row!.n, 0, `${l.table}.${l.plain} is empty`);
    }
    const cw = await loginAs(t.app, (await queryRows<{ username: string }>(t.ctx.db, sql`SELECT username FROM users WHERE role = 'caseworker' ORDER BY created_at LIMIT 1`))[0]!.username);
    assert.equal((await cw.get(`/api/cases/${caseId}/exclusions`)).json().items[0].reason, 'gammel grund');
    const person = (await cw.get(`/api/cases/${caseId}`)).json().persons.find((p: { name: string }) => p.name === 'Mette Demo');
    assert.deepEqual([person.citizenships, person.country], [['Gammelland', 'Irak'], 'Gammelland']);
  });
});
