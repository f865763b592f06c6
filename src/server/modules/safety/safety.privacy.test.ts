import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { forEachEngine, freshDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { createUser, loginAs, type Client } from '../../../../test/support/app.js';
import { buildApp } from '../../app.js';
import type { AppContext } from '../../platform/app-context.js';
import { loadConfig } from '../../config/config.js';
import { createLogger } from '../../platform/logging/logger.js';
import { queryRows } from '../../platform/db/client.js';
import { openCase } from '../cases/cases.testkit.js';

// The privacy test of cases.privacy.test.ts, extended to the safe contact (issue 10): its values must appear in
// no log line, list, PDF text, journal, error body or plain database column; only the reveal answers them.
const CODE_WORD = 'Mandelblomst';
const SAFE_NUMBER = '61 72 83 94';
const SAFE_TIMES = 'Onsdag efter svømning';
const NEEDLES = [CODE_WORD, SAFE_NUMBER, SAFE_NUMBER.replace(/ /g, ''), SAFE_TIMES];

forEachEngine('privacy: the safe contact never leaves its seal except on a reveal', (engine) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let database: TestDatabase;
  let log = '';
  let kons: Client;
  let caseId = '';
  const bodies: string[] = [];
  let revealBody = '';

  before(async () => {
    database = await freshDatabase(engine);
    const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'trace' });
    ctx = { db: database.db, database, config };
    const sink = new Writable({ write(chunk, _enc, done) { log += chunk.toString(); done(); } });
    app = await buildApp(ctx, createLogger('trace', sink));
    await app.ready();
    await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
    kons = await loginAs(app, (await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    const keep = <R extends { statusCode: number; body: string }>(res: R): R => { bodies.push(res.body); return res; };

    const { case: c } = await openCase(kons);
    caseId = c.id;
    // Refused writes carrying the values: the error bodies must not echo them.
    keep(await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: CODE_WORD.repeat(30), safeNumber: SAFE_NUMBER }));
    keep(await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: CODE_WORD, safeNumber: `${CODE_WORD} ${SAFE_NUMBER}` }));
    keep(await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: CODE_WORD, safeNumber: SAFE_NUMBER, extra: CODE_WORD }));
    keep(await kons.put(`/api/cases/00000000-0000-4000-8000-000000000000/safety-plan/safe-contact`, { codeWord: CODE_WORD }));
    const ok = keep(await kons.put(`/api/cases/${c.id}/safety-plan/safe-contact`, { codeWord: CODE_WORD, safeNumber: SAFE_NUMBER, safeTimes: SAFE_TIMES, notes: 'Ingen sms' }));
    assert.equal(ok.statusCode, 200, ok.body);
    keep(await kons.put(`/api/cases/${c.id}/safety-plan`, { version: 0, content: { citizenWords: 'Jeg vil være i fred' } }));
    keep(await kons.post(`/api/cases/${c.id}/measures`, { measureType: 'KODEORD_SIKKER_KONTAKT', status: 'IVAERKSAT', owner: { userId: (await kons.get('/api/me')).json().user.id } }));
    const reveal = await kons.post(`/api/cases/${c.id}/safety-plan/safe-contact/reveal`, { purpose: 'Borgeren ringer fra et nyt nummer' });
    assert.equal(reveal.statusCode, 200, reveal.body);
    revealBody = reveal.body;
    // Everything a user can list, search or export about the case afterwards.
    for (const url of [
      `/api/cases/${c.id}`, `/api/cases/${c.id}/safety-plan`, `/api/cases/${c.id}/measures`, `/api/cases/${c.id}/journal`,
      `/api/cases/${c.id}/journal?view=aktindsigt`, `/api/cases/${c.id}/actions`, '/api/cases',
      `/api/cases/${c.id}/measures/coverage`,
    ]) keep(await kons.get(url));
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('the test is live: the reveal answers the values, the log captured requests, refusals were made', () => {
    assert.ok(revealBody.includes(CODE_WORD) && revealBody.includes(SAFE_NUMBER));
    assert.ok(log.includes('"reqId"') || log.includes('"req"'));
    assert.ok(bodies.filter((b) => b.includes('"error"')).length >= 4);
  });

  it('no log line holds the safe contact (not even the reveal\'s answer)', () => {
    for (const needle of NEEDLES) assert.ok(!log.includes(needle), `log holds ${needle.slice(0, 3)}…`);
  });

  it('no list, journal, search answer or error body holds it', () => {
    for (const body of bodies) for (const needle of NEEDLES) assert.ok(!body.includes(needle), body.slice(0, 300));
  });

  it('the plan\'s PDF does not hold it', async () => {
    const res = await kons.get(`/api/cases/${caseId}/safety-plan.pdf`);
    assert.equal(res.statusCode, 200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    assert.ok(text.includes('Jeg vil være i fred'), 'the PDF has the plan');
    for (const needle of NEEDLES) assert.ok(!text.includes(needle), `PDF holds ${needle.slice(0, 3)}…`);
  });

  it('no table holds it in the clear (what pg_dump would show)', async () => {
    const tables = await queryRows<{ table_name: string }>(ctx.db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    let scanned = 0;
    for (const { table_name } of tables) {
      for (const { t } of await queryRows<{ t: string }>(ctx.db, sql.raw(`SELECT t::text AS t FROM "${table_name}" t`))) {
        scanned += 1;
        for (const needle of NEEDLES) assert.ok(!t.includes(needle), `${table_name} holds ${needle.slice(0, 3)}… in the clear`);
      }
    }
    assert.ok(scanned > 20, `rows scanned: ${scanned}`);
    const [sealed] = await queryRows<{ sealed_enc: string }>(ctx.db, sql`SELECT sealed_enc FROM safe_contacts WHERE case_id = ${caseId}`);
    assert.match(sealed!.sealed_enc, /^k[0-9a-f]{10}:/);
  });
});
