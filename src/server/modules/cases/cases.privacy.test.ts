import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { forEachEngine } from '../../../../test/support/db.js';
import { freshDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { createUser, loginAs, type Client } from '../../../../test/support/app.js';
import { buildApp } from '../../app.js';
import type { AppContext } from '../../platform/app-context.js';
import { loadConfig } from '../../config/config.js';
import { createLogger } from '../../platform/logging/logger.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, consentBody, inquiryBody } from '../intake/intake.fixtures.js';

// Synthetic, and failing modulus 11 on purpose. Both spellings are searched for.
const CPR = '150310-4123';
const CPR_DIGITS = '1503104123';
const SECOND = '220512-4870';
const NAME = 'Zainab Qvistgaard';

forEachEngine('privacy: CPR numbers and names at rest, in logs and in errors', (engine) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let database: TestDatabase;
  let log = '';
  let kons: Client;
  const errorBodies: string[] = [];

  before(async () => {
    database = await freshDatabase(engine);
    const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'trace' });
    ctx = { db: database.db, database, config };
    const sink = new Writable({ write(chunk, _enc, done) { log += chunk.toString(); done(); } });
    app = await buildApp(ctx, createLogger('trace', sink));
    await app.ready();
    kons = await loginAs(app, (await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const responsibleCaseworkerId = (await createUser(ctx, { role: 'caseworker', municipalityCode: '165' })).id;

    const keep = <R extends { statusCode: number; body: string }>(res: R): R => {
      if (res.statusCode >= 400) errorBodies.push(res.body);
      return res;
    };
    // A full flow with the number everywhere a client can put it, including places it is refused.
    keep(await kons.post('/api/inquiries', inquiryBody({}, { name: NAME, cpr: CPR })));
    const inq = keep(await kons.post('/api/inquiries', inquiryBody({ anonymous: false }, { name: NAME, cpr: CPR_DIGITS }))).json();
    keep(await kons.post(`/api/inquiries/${inq.id}/consents`, consentBody('BORGER')));
    keep(await kons.post(`/api/inquiries/${inq.id}/consents`, consentBody('FORAELDREMYNDIGHEDSINDEHAVER')));
    const c = keep(await kons.post('/api/cases', caseBody(inq.id, { name: NAME, cpr: CPR, address: 'Testvej 1', phone: '+45 12 34 56 78' },
      { responsibleCaseworkerId, persons: [{ role: 'MULIG_GERNINGSPERSON', name: 'Far Qvistgaard', cpr: SECOND }] }))).json();
    keep(await kons.post('/api/cases', caseBody(inq.id, { name: NAME, cpr: '320110-4123' }, { responsibleCaseworkerId })));
    keep(await kons.post('/api/cases', { ...caseBody(inq.id, { name: NAME, cpr: CPR }), inquiryId: 'not-a-uuid' }));
    keep(await kons.post('/api/cases/search', { cpr: CPR }));
    keep(await kons.post('/api/cases/search', { cpr: `${CPR}9` }));
    keep(await kons.get(`/api/cases?q=${CPR}`));
    keep(await kons.get(`/api/cases/${c.id}`));
    keep(await kons.patch(`/api/cases/${c.id}/persons/${c.citizen.id}`, { cpr: '1503104124' }));
    keep(await kons.patch(`/api/cases/${c.id}/persons/${c.citizen.id}`, { cpr: 'x'.repeat(10) + CPR }));
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('captured some log output and some refusals (the test is live)', () => {
    assert.ok(log.includes('"reqId"') || log.includes('"req"'), 'request logging reached the sink');
    assert.ok(errorBodies.length >= 5, `refusals captured: ${errorBodies.length}`);
  });

  it('never writes a CPR number to the log', () => {
    for (const needle of [CPR, CPR_DIGITS, SECOND, SECOND.replace('-', '')]) assert.ok(!log.includes(needle), `log contains ${needle.slice(0, 2)}…`);
    assert.ok(!log.includes(NAME), 'no name in the log');
  });

  it('never echoes a CPR number or a name in an error body', () => {
    for (const body of errorBodies) {
      for (const needle of [CPR, CPR_DIGITS, '320110', NAME]) assert.ok(!body.includes(needle), body);
    }
  });

  it('stores no CPR number, name, address or phone in the clear in any table', async () => {
    const tables = await queryRows<{ table_name: string }>(ctx.db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    assert.ok(tables.length > 10);
    let scanned = 0;
    for (const { table_name } of tables) {
      const rows = await queryRows<{ t: string }>(ctx.db, sql.raw(`SELECT t::text AS t FROM "${table_name}" t`));
      for (const { t } of rows) {
        scanned += 1;
        for (const needle of [CPR, CPR_DIGITS, '1503104124', SECOND, SECOND.replace('-', ''), NAME, 'Qvistgaard', 'Testvej', '12 34 56 78']) {
          assert.ok(!t.includes(needle), `${table_name} holds ${needle.slice(0, 3)}… in the clear`);
        }
      }
    }
    assert.ok(scanned > 20, `rows scanned: ${scanned}`);
    const enc = await queryRows<{ name_enc: string; cpr_index: string }>(ctx.db, sql`SELECT name_enc, cpr_index FROM case_persons LIMIT 1`);
    assert.match(enc[0]!.name_enc, /^k[0-9a-f]{10}:/);
    assert.match(enc[0]!.cpr_index, /^[0-9a-f]{64}$/);
  });
});
