import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';

forEachEngine('platform http', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('reports health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: engine });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/auth/login'].post.requestBody, 'login body schema is documented');
  });

  it('closes every API route without a session (401) and never caches API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'auth.required');
    assert.equal(res.headers['cache-control'], 'no-store');
    // The security headers ride on refusals too (they are set before the session guard runs).
    assert.equal(res.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  });

  it('sends a strict CSP without unsafe-inline and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(String(res.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  it('rejects a mutating request without the CSRF header (403) and accepts it with the header', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, user.username);
    const without = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie } });
    assert.equal(without.statusCode, 403);
    assert.equal(without.json().error.code, 'auth.csrf');
    assert.equal((await client.get('/api/me')).statusCode, 200, 'session still alive after the refused logout');
    assert.equal((await client.post('/api/auth/logout')).statusCode, 204);
    assert.equal((await client.get('/api/me')).statusCode, 401, 'session ended by logout');
  });

  it('answers bad input with a Danish validation error naming the field, never a 5xx', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 5 } });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.error.code, 'validation.failed');
    assert.ok(body.error.details.some((d: { path: string }) => d.path === 'body.password'), JSON.stringify(body));
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'validation.failed');
  });

  it('does not reveal whether a username exists', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const known = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: 'forkert-adgangskode' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'findes.ikke', password: 'forkert-adgangskode' } });
    assert.equal(known.statusCode, 401);
    assert.deepEqual(known.json(), unknown.json());
  });
});
