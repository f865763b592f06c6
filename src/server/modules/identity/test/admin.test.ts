import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../../test/support/app.js';
import { ROLES } from '../../../platform/access/actor.js';
import { auditRows } from './helpers.js';

forEachEngine('identity admin', (engine) => {
  let t: TestApp;
  let admin: Client;
  let adminId: string;
  before(async () => {
    t = await startTestApp(engine);
    const a = await createUser(t.ctx, { role: 'admin' });
    adminId = a.id;
    admin = await loginAs(t.app, a.username);
  });
  after(() => t.close());

  it('answers every admin route with 404 for every non-admin role, and changes nothing', async () => {
    const target = await createUser(t.ctx, { role: 'analyst' });
    const before = await countRows(t.ctx, 'users');
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const u = await createUser(t.ctx, { role, municipalityCode: role === 'caseworker' || role === 'municipal_team' ? '165' : null, region: role === 'consultant' ? 'Region Hovedstaden' : null });
      const c = await loginAs(t.app, u.username);
      const answers = [
        await c.get('/api/admin/users'),
        await c.get(`/api/admin/users/${target.id}`),
        await c.get('/api/admin/scopes'),
        await c.post('/api/admin/users', { username: 'ny.bruger', displayName: 'Ny', role: 'analyst' }),
        await c.patch(`/api/admin/users/${target.id}`, { role: 'admin' }),
        await c.post(`/api/admin/users/${target.id}/deactivate`),
        await c.post(`/api/admin/users/${target.id}/reset-password`),
        await c.post(`/api/admin/users/${target.id}/reset-mfa`),
        await c.post(`/api/admin/users/${target.id}/unlink-sso`),
      ];
      for (const res of answers) assert.equal(res.statusCode, 404, `${role}: ${res.body}`);
    }
    assert.equal(await countRows(t.ctx, 'users'), before + ROLES.length - 1, 'only the test users were added');
    assert.equal((await admin.get(`/api/admin/users/${target.id}`)).json().role, 'analyst');
  });

  it('creates a user with a one-time password that must be changed, validating role and scope against the directory', async () => {
    const noScope = await admin.post('/api/admin/users', { username: 'sb.uden.kommune', displayName: 'SB', role: 'caseworker' });
    assert.equal(noScope.statusCode, 400);
    assert.equal(noScope.json().error.details[0].path, 'body.municipalityCode');
    const badMunicipality = await admin.post('/api/admin/users', { username: 'sb.999', displayName: 'SB', role: 'caseworker', municipalityCode: '999' });
    assert.equal(badMunicipality.statusCode, 400);
    assert.match(badMunicipality.json().error.details[0].message, /findes ikke/);
    const badRegion = await admin.post('/api/admin/users', { username: 'k.x', displayName: 'K', role: 'consultant', region: 'Region Atlantis' });
    assert.equal(badRegion.statusCode, 400);
    assert.equal(badRegion.json().error.details[0].path, 'body.region');
    const regionOnCaseworker = await admin.post('/api/admin/users', { username: 'sb.r', displayName: 'SB', role: 'caseworker', municipalityCode: '165', region: 'Region Hovedstaden' });
    assert.equal(regionOnCaseworker.statusCode, 400);

    const created = await admin.post('/api/admin/users', { username: 'sb.albertslund.2', displayName: 'Sara Sagsbehandler', role: 'caseworker', municipalityCode: '165' });
    assert.equal(created.statusCode, 201);
    const { user, oneTimePassword } = created.json();
    assert.equal(user.mustChangePassword, true);
    const dup = await admin.post('/api/admin/users', { username: 'SB.Albertslund.2', displayName: 'X', role: 'analyst' });
    assert.equal(dup.statusCode, 409);

    const fresh = await loginAs(t.app, 'sb.albertslund.2', oneTimePassword);
    assert.equal((await fresh.get('/api/me')).json().user.setupStep, 'password_change');
    const audit = await auditRows(t.ctx, 'identity.user_created', user.id);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_user_id, adminId);
    assert.ok(!JSON.stringify(audit[0]!.details).includes('Sara'), 'no names in the trail');
  });

  it('assigns role and scope, deactivates (sessions end, login refused) and reactivates, audited', async () => {
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    const session = await loginAs(t.app, u.username);
    const moved = await admin.patch(`/api/admin/users/${u.id}`, { role: 'consultant', region: 'Region Nordjylland' });
    assert.equal(moved.statusCode, 200);
    assert.deepEqual([moved.json().role, moved.json().region, moved.json().municipalityCode], ['consultant', 'Region Nordjylland', null]);
    assert.equal((await session.get('/api/me')).json().user.role, 'consultant', 'takes effect at once');
    assert.deepEqual((await auditRows(t.ctx, 'identity.user_updated', u.id))[0]!.details.fields, ['role', 'municipalityCode', 'region']);

    assert.equal((await admin.post(`/api/admin/users/${u.id}/deactivate`)).json().active, false);
    assert.equal((await session.get('/api/me')).statusCode, 401);
    await assert.rejects(loginAs(t.app, u.username), /401/);
    assert.equal((await admin.post(`/api/admin/users/${u.id}/activate`)).json().active, true);
    await loginAs(t.app, u.username);
    assert.equal((await auditRows(t.ctx, 'identity.user_deactivated', u.id)).length, 1);
    assert.equal((await auditRows(t.ctx, 'identity.user_activated', u.id)).length, 1);

    const self = await admin.post(`/api/admin/users/${adminId}/deactivate`);
    assert.equal(self.statusCode, 409, 'an admin cannot lock themselves out');
  });

  it('resets a password: a new one-time password, the old one and old sessions stop working, a lock is lifted', async () => {
    const u = await createUser(t.ctx, { role: 'analyst' });
    const old = await loginAs(t.app, u.username);
    const res = await admin.post(`/api/admin/users/${u.id}/reset-password`);
    assert.equal(res.statusCode, 200);
    const { oneTimePassword } = res.json();
    assert.match(oneTimePassword, /^[\w]{5}(-[\w]{5}){3}$/);
    assert.equal((await old.get('/api/me')).statusCode, 401);
    await assert.rejects(loginAs(t.app, u.username), /401/);
    const fresh = await loginAs(t.app, u.username, oneTimePassword);
    assert.equal((await fresh.get('/api/me')).json().user.mustChangePassword, true);
    assert.equal((await auditRows(t.ctx, 'identity.password_reset', u.id)).length, 1);
    const list = (await admin.get('/api/admin/users')).json().users as { id: string }[];
    assert.ok(list.some((x) => x.id === u.id));
    assert.ok(!('passwordHash' in (list[0] as object)), 'the response allowlist leaves out hashes');
    assert.equal((await admin.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  });
});
