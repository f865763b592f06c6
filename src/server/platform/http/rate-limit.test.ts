import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { auditRows } from '../../modules/identity/test/helpers.js';

forEachEngine('route rate limits (presets)', (engine) => {
  let t: TestApp;
  before(async () => {
    // The production default for CPR search (30 a minute); small read/write limits keep the test short.
    t = await startTestApp(engine, { RATE_LIMIT_SEARCH_PER_MINUTE: '30', RATE_LIMIT_READ_PER_MINUTE: '20', RATE_LIMIT_WRITE_PER_MINUTE: '5', RATE_LIMIT_EXPORT_PER_MINUTE: '10' });
  });
  after(() => t.close());

  it('the 31st CPR search in a minute gets 429 with a Danish message; audited once; another user searches on', async () => {
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const client = await loginAs(t.app, kons.username);
    for (let i = 0; i < 30; i++) {
      const res = await client.post('/api/cases/search', { cpr: '150310-4123' });
      assert.equal(res.statusCode, 200, `search ${i + 1}: ${res.body}`);
    }
    const refused = await client.post('/api/cases/search', { cpr: '150310-4123' });
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'http.rate_limited');
    assert.match(refused.json().error.message, /søgt for mange gange/);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
    assert.equal((await client.post('/api/cases/search', { cpr: '150310-4123' })).statusCode, 429);
    const rows = await auditRows(t.ctx, 'ops.rate_limited', kons.id);
    assert.equal(rows.length, 1, 'one row for the window, not one per refused request');
    assert.equal(rows[0]!.details.preset, 'search');
    assert.equal(rows[0]!.details.route, '/api/cases/search');
    assert.ok(!JSON.stringify(rows[0]).includes('150310'), 'the CPR number is not in the row');

    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    assert.equal((await other.post('/api/cases/search', { cpr: '150310-4123' })).statusCode, 200, 'buckets are per user');
    // The search bucket is its own: reading goes on.
    assert.equal((await client.get('/api/me')).statusCode, 200);
  });

  it('a route that names no preset is limited by its method: read for GET, write for the rest', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, user.username);
    let reads = 0;
    while ((await client.get('/api/me')).statusCode === 200 && reads < 50) reads++;
    assert.equal(reads, 20, 'GET /api/me has no preset of its own: the read limit applies');
    let writes = 0;
    // A refused password change (400) is still a write that counts.
    while ((await client.post('/api/me/password', { currentPassword: 'ikke-den-rigtige', newPassword: 'en helt ny og lang frase' })).statusCode === 400 && writes < 50) writes++;
    assert.equal(writes, 5, 'POST without a preset: the write limit applies');
  });

  it('a request the session guard refuses still counts; if it first passes the limit, it leaves the window\'s one audit row', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, user.username);
    for (let i = 0; i < 19; i++) assert.equal((await client.get('/api/me')).statusCode, 200, `read ${i + 1}`);
    // The analyst lacks case.read: refused by the guard (404), counted all the same (20, 21).
    assert.equal((await client.get('/api/cases')).statusCode, 404);
    assert.equal((await client.get('/api/cases')).statusCode, 404, 'the guard answers first: a refused request keeps its answer');
    const rows = await auditRows(t.ctx, 'ops.rate_limited', user.id);
    assert.equal(rows.length, 1, 'the request that first passed the limit is audited, though the guard refused it');
    assert.equal(rows[0]!.details.route, '/api/cases');
    assert.equal((await client.get('/api/me')).statusCode, 429);
    assert.equal((await auditRows(t.ctx, 'ops.rate_limited', user.id)).length, 1, 'still one row for the window');
  });
});
