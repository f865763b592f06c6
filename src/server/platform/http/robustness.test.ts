import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, it } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';
import { createLogger } from '../logging/logger.js';
import { registerErrorHandler } from './error-handler.js';

forEachEngine('robustness at the edge', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('refuses a NUL character in a body or query with a 400 naming the field', async () => {
    const body = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000b', password: 'x' } });
    assert.equal(body.statusCode, 400);
    assert.deepEqual(body.json().error.details.map((d: { path: string }) => d.path), ['body.username']);
    const query = await t.app.inject({ method: 'GET', url: '/api/directory/municipalities?x=%00' });
    assert.equal(query.statusCode, 400);
    assert.equal(query.json().error.details[0].path, 'query.x');
  });

  it('turns a value the database refuses into a 400, not a 500', async () => {
    const app = Fastify();
    registerErrorHandler(app, t.ctx.db);
    app.get('/date', async () => t.ctx.db.execute(sql`SELECT ${'0000-01-01'}::date AS d`));
    const res = await app.inject({ method: 'GET', url: '/date' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'validation.failed');
    await app.close();
  });

  it('logs a database error without the query parameters or offending values', async () => {
    let log = '';
    const logger = createLogger('error', new Writable({ write(chunk, _e, done) { log += chunk.toString(); done(); } }));
    const err = await t.ctx.db
      .execute(sql`SELECT ${'Sara Testesen, 150310-4123'}::int AS n`)
      .then(() => null, (e: unknown) => e as Error);
    assert.ok(err, 'the query must fail');
    logger.error({ err }, 'unhandled error');
    logger.error(err);
    assert.match(log, /unhandled error/);
    assert.doesNotMatch(log, /Sara|Testesen|150310|4123/);
    assert.match(log, /22P02/, 'the SQLSTATE is kept for the operator');
  });
});
